package io.firedrill.scoring.telemetry;

import java.io.IOException;
import java.io.InputStream;

/**
 * One file of a trail, wherever it is kept: a local file, or an object in a trail bucket.
 *
 * @see CloudTrailFiles#files(java.nio.file.Path)
 * @see S3TrailFiles#list
 */
public interface TrailFile {

  /** Where the file is, for messages: a path, or {@code s3://bucket/key}. */
  String name();

  /** Its size as stored, in bytes (compressed, for {@code .gz}), for progress. */
  long size();

  /** Its bytes as stored (gzipped when the name ends in {@code .gz}). */
  InputStream open() throws IOException;
}
