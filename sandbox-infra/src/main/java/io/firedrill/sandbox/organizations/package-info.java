/**
 * The sandbox's AWS Organizations, as far as guardrails need it: CreateOrganization makes the
 * caller's account the management account of a new organization, DescribeOrganization tells it (or
 * answers AWSOrganizationsNotInUseException), DeleteOrganization ends it. awsJson1.1, as the real
 * service speaks it.
 *
 * <p>{@link io.firedrill.sandbox.organizations.OrganizationsService} is public only for the wiring
 * in the parent package.
 */
package io.firedrill.sandbox.organizations;
