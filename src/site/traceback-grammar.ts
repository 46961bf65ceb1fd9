import type { LanguageRegistration } from "shiki";

/**
 * A small TextMate grammar for Python tracebacks and logs: shiki has none,
 * and highlighting a traceback as Python source colours the wrong things.
 * What a reader scans for: the exception line, the frames' files, the chain markers.
 */
export const tracebackGrammar: LanguageRegistration = {
  name: "traceback",
  scopeName: "source.python-traceback",
  repository: {},
  patterns: [
    { match: "^.*Traceback \\(most recent call last\\):\\s*$", name: "keyword.control.traceback" },
    {
      match:
        "^(.*?)(During handling of the above exception, another exception occurred:|The above exception was the direct cause of the following exception:)\\s*$",
      captures: { 2: { name: "keyword.control.traceback" } },
    },
    {
      match: '^(.*?\\s+)File (")([^"]+)(")(, line )(\\d+)(?:(, in )(.+))?$',
      captures: {
        3: { name: "string.quoted.double.path" },
        6: { name: "constant.numeric.line" },
        8: { name: "entity.name.function" },
      },
    },
    {
      match: "^(.*?)((?:[A-Za-z_]\\w*\\.)*[A-Z]\\w*(?:Error|Exception|Exit|Interrupt|Failure|Timeout)(?:\\([\\w.]+\\))?)(:)(.*)$",
      captures: { 2: { name: "entity.name.type.exception" }, 4: { name: "string.unquoted.message" } },
    },
    { match: "^\\s*[~^]+\\s*$", name: "comment.caret" },
  ],
};
