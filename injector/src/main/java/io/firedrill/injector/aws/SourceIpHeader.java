package io.firedrill.injector.aws;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * Adds the header from which the embedded sandbox takes an actor's apparent source IP. It is added
 * before signing, so the signature covers it and nobody else can forge it.
 */
final class SourceIpHeader implements ExecutionInterceptor {

  static final String NAME = "x-firedrill-source-ip";

  private final String sourceIp;

  SourceIpHeader(String sourceIp) {
    this.sourceIp = sourceIp;
  }

  @Override
  public SdkHttpRequest modifyHttpRequest(
      Context.ModifyHttpRequest context, ExecutionAttributes executionAttributes) {
    return context.httpRequest().toBuilder().putHeader(NAME, sourceIp).build();
  }
}
