// A frontend's use of the exported Flanks catalog (spec and overlay): an exhaustive switch
// over the codes, checked by `never`, and the lookups. cli/tests/export.rs type-checks it with
// `tsc --strict` and runs it with Node; with a code added to the spec it must not type-check.
import {
  type LinkError,
  type ReportedLinkError,
  EXIT_CODE,
  LINK,
  LINK_ERROR_CODES,
  LOCALES,
  SCREEN_ONLY,
  adviceIn,
  messageIn,
  negotiate,
  parseLinkError,
  parseReportedLinkError,
  retry,
  screenTextIn,
  screenTitleIn,
} from "./flanks.js";

function headline(code: LinkError): string {
  switch (code) {
    case "INVALID_CREDENTIALS":
      return "Check your credentials";
    case "INVALID_SCA":
    case "SCA_TYPE_NOT_ALLOWED":
      return "Verification failed";
    case "CREDENTIALS_ALREADY_EXIST":
      return "Already connected";
    case "INTERNAL_ERROR":
      return "Something went wrong";
    case "ABORTED_BY_USER":
      return "You left";
    case "USER_INTERACTION_NEEDED":
      return "Your bank needs you";
    default: {
      const unhandled: never = code;
      return unhandled;
    }
  }
}

function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`failed: ${what}`);
}

const locale = negotiate("es-ES,es;q=0.9,en;q=0.8");
check(locale === "es", "negotiate picks es");
check(LOCALES.join() === "en,es", "the overlay's locales");
check(LINK_ERROR_CODES.length === 7, "seven codes");
for (const code of LINK_ERROR_CODES) {
  check(headline(code).length > 0, `a headline for ${code}`);
  check(messageIn(code, locale) !== messageIn(code, "en"), `${code} translated`);
  check(adviceIn(code, "es-MX") === adviceIn(code, "es"), `${code} advice by lookup`);
}
check(retry("INVALID_CREDENTIALS") && !retry("CREDENTIALS_ALREADY_EXIST"), "retry");
check(screenTitleIn("INVALID_CREDENTIALS", "es") === "Credenciales no válidas", "screen title");
check(screenTextIn("INVALID_SCA", "en")?.startsWith("Log in 2FA") === true, "screen text");
check(screenTextIn("INTERNAL_ERROR", "en") === undefined, "a code without a screen");
check(screenTitleIn("ABORTED_BY_USER", "en") === undefined, "no screen");
check(parseLinkError("INVALID_SCA") === "INVALID_SCA", "parse");
check(parseLinkError("invalid_sca") === undefined, "parse is exact");
check(EXIT_CODE === "ABORTED_BY_USER", "EXIT code");
check(SCREEN_ONLY.length === 1 && SCREEN_ONLY[0].name === "INVALID_LINK", "screen-only errors");
check(LINK.url === "https://platform.flanks.io/link" && LINK.separator === ",", "link settings");
const newer: ReportedLinkError | undefined = parseReportedLinkError("NEW_VENDOR_CODE");
check(newer !== undefined && !newer.known && newer.code === "NEW_VENDOR_CODE", "unknown kept");
check(parseReportedLinkError("<script>") === undefined, "not code-shaped");
console.log("flanks consumer: ok");
