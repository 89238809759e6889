// The second spec's export against the shared table of cases (cases.json, which
// tests/tests/export_cases.rs runs through the Rust crate): the same answers on both sides.
// cli/tests/export.rs writes `cases.ts` from cases.json next to it.
import {
  type LinkError,
  DEPRECATED_LINK_ERROR_CODES,
  EXIT_CODE,
  LOCALES,
  LinkError as Codes,
  advice,
  backoffSeconds,
  hintIn,
  helpUrl,
  httpStatus,
  messageIn,
  negotiate,
  parseLinkError,
  parseReportedLinkError,
  retry,
  screenOnlyIn,
  severity,
} from "./payments.js";
import { cases } from "./cases.js";

function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`failed: ${what}`);
}

check(JSON.stringify(LOCALES) === JSON.stringify(cases.locales), "the table is for this spec");
for (const [tag, expected] of cases.lookup) {
  for (const code of Object.values(Codes) as LinkError[]) {
    check(messageIn(code, tag) === messageIn(code, expected as string), `lookup ${tag}`);
  }
}
for (const [header, expected] of cases.negotiate) {
  check(negotiate(header) === expected, `negotiate(${JSON.stringify(header)})`);
}
for (const [input, expected] of cases.parse) {
  check((parseLinkError(input) ?? null) === expected, `parse(${JSON.stringify(input)})`);
}
for (const [input, expected] of cases.reported) {
  const got = parseReportedLinkError(input);
  const kind = got === undefined ? null : got.known ? "known" : "unknown";
  check(kind === expected, `reported(${JSON.stringify(input)})`);
}

// Typed fields: a one_of union, an optional string, a u16, an f64, a text and an optional text.
const s: "info" | "warning" | "fatal" = severity("card_declined");
check(s === "warning" && severity("expired-card") === "fatal", "one_of with a default");
check(helpUrl("expired-card") === undefined && helpUrl("card_declined") !== undefined, "optional");
check(httpStatus("gateway-timeout") === 504 && retry("gateway-timeout"), "numbers and bools");
const wait: number = backoffSeconds("gateway-timeout");
check(wait === 1.5 && backoffSeconds("card_declined") === 0, "an f64 and its default");
check(advice("card_declined") === "Try another card.", "text in the first locale");
check(hintIn("expired-card", "pt-BR") === "Veja a data do cartão." && hintIn("card_declined", "es") === undefined, "optional text");
check(DEPRECATED_LINK_ERROR_CODES.join() === "v1.timeout", "deprecated codes");
check(Codes.V1Timeout === "v1.timeout", "the deprecated member still works");
check(EXIT_CODE === "gateway-timeout", "EXIT code");
check(screenOnlyIn("es")[0].title === "Enlace no válido", "screen-only errors in a locale");
console.log("payments consumer: ok");
