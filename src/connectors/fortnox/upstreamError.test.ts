import { describe, expect, it } from "vitest";
import { fortnoxAppError, parseFortnoxError } from "./upstreamError.js";

describe("Fortnox error bodies", () => {
  it("reads lower-case, capitalised and string-coded ErrorInformation alike", () => {
    const lower = parseFortnoxError(
      400,
      '{"ErrorInformation":{"error":1,"message":"Kan inte hitta kontot.","code":2000423}}',
    );
    const upper = parseFortnoxError(
      403,
      '{"ErrorInformation":{"Error":1,"Message":"Saknar behörighet för leverantörsregister.","Code":2003275}}',
    );
    const text = parseFortnoxError(
      400,
      '{"ErrorInformation":{"error":1,"message":"Ogiltig parameter i anropet.","code":"2000588"}}',
    );
    expect(lower).toEqual({ status: 400, code: 2000423, message: "Kan inte hitta kontot." });
    expect(upper).toEqual({
      status: 403,
      code: 2003275,
      message: "Saknar behörighet för leverantörsregister.",
    });
    expect(text.code).toBe(2000588);
  });

  it("reads OAuth-style, bare-message and non-JSON bodies", () => {
    expect(
      parseFortnoxError(400, '{"error":"invalid_grant","error_description":"Invalid refresh token"}').message,
    ).toBe("Invalid refresh token");
    expect(parseFortnoxError(401, '{"message":"Unauthorized"}').message).toBe("Unauthorized");
    expect(parseFortnoxError(502, "<html>Bad gateway</html>").message).toBe("<html>Bad gateway</html>");
  });

  it("maps codes to the catalogue and keeps the Swedish message verbatim", () => {
    const licence = fortnoxAppError(
      { status: 403, code: 2001101, message: "Det finns ingen aktiv licens för önskat scope" },
      "inbox",
    );
    expect(licence.code).toBe("fortnox_licence_missing");
    expect(licence.message).toContain("Det finns ingen aktiv licens för önskat scope");
    expect(fortnoxAppError({ status: 404, code: 2000423, message: "x" }, "account").code).toBe(
      "fortnox_not_found",
    );
    expect(fortnoxAppError({ status: 400, code: 2000013, message: "x" }, "article").code).toBe(
      "fortnox_validation_failed",
    );
    expect(fortnoxAppError({ status: 503, message: "" }, "voucher").code).toBe("upstream_unavailable");
  });
});
