package io.firedrill.sandbox.ec2;

import java.time.Instant;

/** A key pair EC2 created; it keeps the fingerprint and public half, never the private key. */
record KeyPair(String id, String name, String fingerprint, Instant created) {}
