package io.firedrill.injector.technique;

/** The nine incident types of AWS's security incident response simulation workshop. */
public enum IncidentType {
  COMPLIANCE_VARIANCE,
  SERVICE_DISRUPTION,
  UNAUTHORIZED_RESOURCES,
  UNAUTHORIZED_ACCESS,
  PRIVILEGE_ESCALATION,
  PERSISTENCE,
  EXCESSIVE_PERMISSIONS,
  INFORMATION_EXPOSURE,
  CREDENTIALS_EXPOSURE
}
