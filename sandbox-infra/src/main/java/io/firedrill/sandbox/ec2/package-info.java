/**
 * EC2's query API (the {@code ec2} protocol, version 2016-11-15) for the parts attackers and
 * responders touch: instances with their types and the per-region vCPU quotas, security groups and
 * their rules in each region's default VPC, tags, and the region list. Each region the requests are
 * signed for has its own resources.
 */
package io.firedrill.sandbox.ec2;
