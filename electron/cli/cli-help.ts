/** What `--help` prints: the CLI's public surface, kept in one place so the README can quote it. */

export const EXIT_CODES_TEXT = `Exit codes:
  0    every item reached its target state
  1    some item did not (needs attention, not queued, cancelled, paused, waiting for sign-in),
       or the program could not be reached
  2    the command line is wrong; nothing was done
  130  stopped by Ctrl+C (143: by SIGTERM); run the same command again to resume`;

export const MAIN_HELP = `content-studio: publish Markdown and HTML files to Firstup through Content Studio's publishing queue.

Usage:
  content-studio publish <file>… --action review|publish [--topic <id or name>]… [program options] [--json]
  content-studio queue status [--json]
  content-studio queue retry (<job id>… | --all-failed) [--json]
  content-studio queue cancel <job id>… [--json]
  content-studio sandbox [--port <p>] [--rate-limit <n>] [--token-ttl <s>] [--data <file>] [--seed <n>]

publish and queue take --data-dir <folder>: where drafts, the queue and the file ledger live
(default: $CONTENT_STUDIO_DATA_DIR, else $XDG_DATA_HOME/content-studio or ~/.local/share/content-studio,
the same folder as browser mode).

Run "content-studio <command> --help" for the details of a command.

${EXIT_CODES_TEXT}`;

export const PUBLISH_HELP = `content-studio publish <file>… --action review|publish [options]

Queues each Markdown (.md, .markdown) or HTML (.html, .htm) file as a post, sends the queue until every
post is done or stopped for a person, and prints one result per file. Progress goes to stderr; stdout
holds the results only.

Options:
  --action review|publish    submit each post for review, or publish it (required)
  --topic <id or name>       a topic for every file; repeat it for several. Names match without regard to
                             case. An unknown topic is an error before anything is queued.
  --program <name>           a program registered in the data folder, by its name (any case).
                             "Sandbox", or no program option at all, is the built-in Sandbox program:
                             the Firstup emulator, started inside this command.
  --api-url <url> --auth-url <url> --client-id <id>
                             instead of --program: any Firstup-compatible server, signed in with client
                             credentials. It is registered in the data folder the first time (under the
                             same id on every run), so later runs resume its queue.
  --client-secret <secret>   the client secret for --api-url, or for a --program that signs in as a
                             server. Prefer the environment variable CONTENT_STUDIO_CLIENT_SECRET: other
                             users of this computer can see a command line. The CLI never writes the
                             secret to disk.
  --data-dir <folder>        where drafts, the queue and the file ledger live (see content-studio --help)
  --json                     one JSON object per file instead of a table
  --help                     this text

Front matter (optional): at the very top of a file, between two lines of three dashes.
  ---
  title: Quarterly results            # the title; a first heading repeating it is dropped
  summary: "The numbers, in one line"
  topics: [Company News, 102]         # ids or names, added to --topic
  images:                             # attached to the post; alt text is required
    - url: https://example.com/chart.png
      alt: Revenue by quarter
  ---
  Values are one line of text: plain, "double-quoted" (JSON escapes) or 'single-quoted'. Lists are
  [a, b] or lines starting with "- ". Other keys are ignored with a warning; anchors, aliases, tags and
  multi-line values are refused with the line to fix.

Running it again: each file stays one draft (a ledger in the data folder maps its path to the draft).
The same command after a crash or Ctrl+C resumes where it stopped and never posts a file twice; a file
that changed is saved as a new revision and updates its post. A job that needs attention stays so until
"content-studio queue retry <job id>"; then run the command again.

Waiting: the command waits until each post is done, needs attention, was cancelled or paused, or waits
for sign-in. Posts waiting to retry (Firstup busy or unreachable) are waited for, with a progress line on
stderr at least every 30 seconds.

Results, one per file:
  table    FILE  STATE  POST  and the permalink or the problem
  --json   {"file", "jobId", "state", "remoteId", "permalink", "error"} on one line each, in argument order
    file       the path as given
    jobId      the queue's job id, or null when the file was not queued
    state      done | needs_attention | cancelled | paused | auth_required | not_queued
               (or not_found, should its job have left the queue meanwhile)
    remoteId   the post's id on Firstup, or null
    permalink  the post's address once done, or null
    error      null, or {"code", "message"}; codes include preflight, unreadable, front_matter,
               unknown_topic and busy (not queued) and the queue's own codes (needs attention)

${EXIT_CODES_TEXT}`;

export const QUEUE_HELP = `content-studio queue status|retry|cancel [--data-dir <folder>] [--json]

  queue status                  counts per state, and every open or failed job (queued, running,
                                waiting to retry, needs attention, waiting for sign-in, paused) with
                                its file (or title), state, step and error
  queue retry <job id>…         put jobs that need attention (or were cancelled) back in the queue,
  queue retry --all-failed      from the step they stopped at; every job that needs attention.
                                They are sent the next time "content-studio publish" or Content Studio
                                runs on this data folder.
  queue cancel <job id>…        stop jobs for good; a post already on Firstup stays there

  --json   status: one object {"counts": {<state>: n}, "total", "jobs": [{"jobId", "file", "title",
           "action", "state", "step", "remoteId", "error"}]}
           retry and cancel: one {"file", "jobId", "state", "remoteId", "permalink", "error"} per job
           (state not_found for an unknown id; permalink always null here)
           file: the file's full path when the CLI queued it, else null; error: null or {"code", "message"}

Exit codes: 0 done (status: always); 1 some job could not be changed; 2 the command line is wrong.`;

export const SANDBOX_HELP = `content-studio sandbox [--port <p>] [--rate-limit <requests per minute>] [--token-ttl <seconds>] [--data <file>] [--seed <n>]

The Firstup sandbox on its own, the same as "npm run sandbox": the partner API under /v2 and its auth
server under /oauth on http://127.0.0.1:<port> (default 4010). Its client is sandbox-client /
sandbox-secret. Stop it with Ctrl+C.`;
