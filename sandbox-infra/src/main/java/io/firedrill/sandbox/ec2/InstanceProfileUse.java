package io.firedrill.sandbox.ec2;

/**
 * A running instance with an instance profile: what its metadata service would hand role
 * credentials out for.
 *
 * @param instanceId the instance
 * @param region its region
 * @param instanceProfileArn the profile it was launched with
 * @param privateIp its address, from which its own calls come
 */
public record InstanceProfileUse(
    String instanceId, String region, String instanceProfileArn, String privateIp) {}
