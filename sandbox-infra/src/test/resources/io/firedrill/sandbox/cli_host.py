"""Runs AWS CLI commands, one per line of standard input, in this one interpreter.

Each request is a JSON object: {"args": [...], "env": {...}}. The environment's AWS_ variables are
replaced by the request's before the CLI's own driver is created, so each command starts from a new
botocore session, exactly as `aws <args>` does; only the interpreter's start and imports are shared.
Each answer is one JSON line: {"code": exit code, "output": stdout and stderr together}.
"""
import io
import json
import os
import sys

from awscli.clidriver import create_clidriver

channel_in = sys.stdin
channel_out = sys.stdout


def run(args, env):
    for name in [n for n in os.environ if n.startswith("AWS_")]:
        del os.environ[name]
    os.environ.update(env)
    captured = io.BytesIO()
    writer = io.TextIOWrapper(captured, encoding="utf-8", write_through=True)
    sys.stdout, sys.stderr, sys.stdin = writer, writer, io.StringIO("")
    try:
        code = create_clidriver().main(args)
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else 1
    finally:
        writer.flush()
        sys.stdout, sys.stderr, sys.stdin = channel_out, sys.__stderr__, channel_in
    return code, captured.getvalue().decode("utf-8", errors="replace")


for line in channel_in:
    request = json.loads(line)
    code, output = run(request["args"], request["env"])
    channel_out.write(json.dumps({"code": code, "output": output}) + "\n")
    channel_out.flush()
