/**
 * The sandbox's CloudWatch alarms, as far as a stop condition needs them: PutMetricAlarm,
 * DescribeAlarms, SetAlarmState and DeleteAlarms over the query protocol (version 2010-08-01),
 * which the AWS SDK for Java v2 in use here speaks. No metrics are kept and nothing evaluates an
 * alarm: its state changes only through SetAlarmState, which is how a game day's tests and a game
 * master trip it.
 *
 * <p>Not served: the smithy-rpc-v2-cbor protocol that newer botocore (and so the AWS CLI v1 here)
 * prefers for CloudWatch; such clients get an error until it is.
 *
 * <p>{@link io.firedrill.sandbox.cloudwatch.CloudWatchService} is public only for the wiring in the
 * parent package.
 */
package io.firedrill.sandbox.cloudwatch;
