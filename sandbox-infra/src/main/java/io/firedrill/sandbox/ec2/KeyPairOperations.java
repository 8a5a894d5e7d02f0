package io.firedrill.sandbox.ec2;

import io.firedrill.sandbox.api.ApiCall;
import io.firedrill.sandbox.api.Operation;
import io.firedrill.sandbox.api.Outcome;
import io.firedrill.sandbox.api.ResourceRef;
import io.firedrill.sandbox.wire.Json;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * Key pairs EC2 creates: a real 2048-bit RSA key, answered once as PEM and never kept; its
 * fingerprint is the SHA-1 of the private key's PKCS#8 encoding, as AWS computes it for keys it
 * creates. CloudTrail records the key material as removed.
 */
final class KeyPairOperations {

  // An RSA key's PKCS#8 encoding wraps its PKCS#1 encoding after a fixed 26-byte header.
  private static final int PKCS8_RSA_HEADER = 26;

  private final Ec2Store store;

  KeyPairOperations(Ec2Store store) {
    this.store = store;
  }

  List<Operation> operations() {
    return List.of(
        Operation.write("CreateKeyPair", this::create)
            .on(call -> Ec2Resources.arn(call, "key-pair/" + call.param("KeyName"))),
        Operation.read("DescribeKeyPairs", this::describe),
        Operation.write("DeleteKeyPair", this::delete)
            .on(call -> Ec2Resources.arn(call, "key-pair/" + call.param("KeyName"))));
  }

  private Outcome create(ApiCall call) {
    String name = call.param("KeyName");
    if (name == null) {
      throw Ec2Errors.missing("KeyName");
    }
    String type = call.params().getOrDefault("KeyType", "rsa");
    if (!type.equals("rsa")) {
      throw Ec2Errors.client(
          "InvalidParameterValue", "The sandbox creates rsa key pairs only, not " + type + ".");
    }
    Ec2Region region = store.region(call.region());
    synchronized (region) {
      if (region.keyPairs.containsKey(name)) {
        throw Ec2Errors.client(
            "InvalidKeyPair.Duplicate", "The keypair '" + name + "' already exists.");
      }
      byte[] pkcs8 = newRsaKey();
      String fingerprint = fingerprint(pkcs8);
      KeyPair pair = new KeyPair(Ec2Ids.next("key"), name, fingerprint, call.time());
      region.keyPairs.put(name, pair);
      byte[] pkcs1 = Arrays.copyOfRange(pkcs8, PKCS8_RSA_HEADER, pkcs8.length);
      String pem =
          "-----BEGIN RSA PRIVATE KEY-----\n"
              + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pkcs1)
              + "\n-----END RSA PRIVATE KEY-----";
      ObjectNode body = Json.object();
      body.put("keyName", name).put("keyFingerprint", fingerprint).put("keyMaterial", pem);
      body.put("keyPairId", pair.id());
      ObjectNode recorded = body.deepCopy().put("keyMaterial", "<sensitiveDataRemoved>");
      return Ec2Outcomes.written(call, body, recorded)
          .about(new ResourceRef("AWS::EC2::KeyPair", name));
    }
  }

  private static byte[] newRsaKey() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair().getPrivate().getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("no RSA key generator", e);
    }
  }

  private static String fingerprint(byte[] pkcs8) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-1").digest(pkcs8);
      return HexFormat.ofDelimiter(":").formatHex(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("no SHA-1", e);
    }
  }

  private Outcome describe(ApiCall call) {
    Ec2Region region = store.region(call.region());
    synchronized (region) {
      List<String> names = Ec2Params.values(call.params(), "KeyName");
      for (String name : names) {
        if (!region.keyPairs.containsKey(name)) {
          throw Ec2Errors.client(
              "InvalidKeyPair.NotFound", "The key pair '" + name + "' does not exist");
        }
      }
      List<ObjectNode> found = new ArrayList<>();
      for (KeyPair pair : region.keyPairs.values()) {
        if (names.isEmpty() || names.contains(pair.name())) {
          found.add(
              Json.object()
                  .put("keyPairId", pair.id())
                  .put("keyName", pair.name())
                  .put("keyFingerprint", pair.fingerprint())
                  .put("keyType", "rsa")
                  .put("createTime", pair.created().toEpochMilli()));
        }
      }
      ObjectNode body = Json.object();
      body.set("keySet", Ec2Json.items(found, k -> k));
      return Ec2Outcomes.read(body);
    }
  }

  // Deleting a key pair that does not exist succeeds, as on EC2.
  private Outcome delete(ApiCall call) {
    Ec2Region region = store.region(call.region());
    synchronized (region) {
      String name = call.param("KeyName");
      KeyPair removed = name == null ? null : region.keyPairs.remove(name);
      ObjectNode body = Json.object().put("_return", true);
      if (removed != null) {
        body.put("keyPairId", removed.id());
      }
      return Ec2Outcomes.written(call, body);
    }
  }
}
