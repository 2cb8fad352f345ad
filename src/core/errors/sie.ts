import type { ErrorSection } from "./types.js";

/**
 * SIE file problems. The SIE module owns this section: it adds its codes here. Each is reported with the
 * file's line number; the module decides error vs warning (see src/sie/README.md).
 */
export const sieErrors = {
  sie_unreadable: { category: "invalid_input", message: "The file could not be read as SIE: {detail}" },
  sie_not_sie: {
    category: "invalid_input",
    message: "No SIE record was found: no line starts with a #label. Check that this is an SIE file.",
  },
  sie_line_too_long: {
    category: "invalid_input",
    message: "The line is longer than {limit} characters; it was cut there. The file is probably not SIE.",
  },
  sie_not_a_record: {
    category: "invalid_input",
    message: "The line does not start with a #label and was ignored: {text}",
  },
  sie_unterminated_quote: {
    category: "invalid_input",
    message: 'A quoted text on this line has no closing "; it was read to the end of the line.',
  },
  sie_unterminated_object_list: {
    category: "invalid_input",
    message: "An object list on this line has no closing }; it was read to the end of the line.",
  },
  sie_stray_brace: {
    category: "invalid_input",
    message: "A { or } on this line is out of place and was ignored.",
  },
  sie_missing_field: { category: "invalid_input", message: "#{label} lacks its {field}." },
  sie_invalid_field: {
    category: "invalid_input",
    message: '#{label}: {field} "{value}" is not valid ({expected}); the record was ignored.',
  },
  sie_invalid_amount: {
    category: "invalid_input",
    message: '#{label}: amount "{value}" is not an SIE amount (digits, at most 2 decimals, e.g. -1234.50).',
  },
  sie_comma_decimal: {
    category: "invalid_input",
    message: '#{label}: amount "{value}" uses a decimal comma; it was read as {amount}.',
  },
  sie_invalid_date: {
    category: "invalid_input",
    message: '#{label}: {field} "{value}" is not a valid date (YYYYMMDD).',
  },
  sie_tolerated_date: {
    category: "invalid_input",
    message: '#{label}: {field} "{value}" is not written YYYYMMDD; it was read as {date}.',
  },
  sie_unknown_sie_type: {
    category: "invalid_input",
    message: "#SIETYP {value} is not 1, 2, 3 or 4; type 4 was assumed.",
  },
  sie_encoding_mismatch: {
    category: "invalid_input",
    message: "#FORMAT says {format} (CP437) but the bytes are {encoding}; the file was read as {encoding}.",
  },
  sie_damaged_characters: {
    category: "invalid_input",
    message:
      "{count} lines contain replacement characters (U+FFFD): letters were lost before the file reached us.",
  },
  sie_missing_record: {
    category: "invalid_input",
    message: "The file has no #{label}, which an SIE type {sieType} file must have.",
  },
  sie_forbidden_record: {
    category: "invalid_input",
    message: "#{label} must not occur in an SIE type {sieType} file; it was read anyway.",
  },
  sie_row_outside_voucher: {
    category: "invalid_input",
    message: "#{label} is only allowed inside the { } block of a #VER; the row was ignored.",
  },
  sie_unexpected_brace: {
    category: "invalid_input",
    message: "A {brace} line without a #VER just before it; it was ignored.",
  },
  sie_missing_voucher_block: {
    category: "invalid_input",
    message: "Voucher {voucher} is not followed by a { } block of rows.",
  },
  sie_unterminated_voucher: {
    category: "invalid_input",
    message: "The row block of voucher {voucher} is not closed with }; it ends at line {endLine}.",
  },
  sie_empty_voucher: { category: "invalid_input", message: "Voucher {voucher} has no #TRANS rows." },
  sie_unbalanced_voucher: {
    category: "invalid_input",
    message: "Voucher {voucher} does not balance: its #TRANS rows sum to {difference} instead of 0.00.",
  },
  sie_rtrans_without_trans: {
    category: "invalid_input",
    message:
      "#RTRANS is not followed by its #TRANS copy (spec 4B §11); readers ignoring #RTRANS lose the row.",
  },
  sie_unknown_account: {
    category: "invalid_input",
    message: "Account {account} is used but not declared with #KONTO.",
  },
  sie_unknown_dimension: {
    category: "invalid_input",
    message: "Dimension {dimension} is used but not declared with #DIM.",
  },
  sie_unknown_object: {
    category: "invalid_input",
    message: 'Object "{code}" of dimension {dimension} is used but not declared with #OBJEKT.',
  },
  sie_date_outside_fiscal_year: {
    category: "invalid_input",
    message: "Voucher {voucher} is dated {date}, outside the fiscal year {start} – {end} (#RAR 0).",
  },
  sie_missing_fiscal_year: {
    category: "invalid_input",
    message: "#{label} refers to year {yearIndex}, which no #RAR declares.",
  },
  sie_balance_mismatch: {
    category: "invalid_input",
    message:
      "Account {account}: opening balance {opening} plus movements {movements} is {expected}, but the closing balance (#UB) is {closing}.",
  },
  sie_result_mismatch: {
    category: "invalid_input",
    message: "Account {account}: the year's movements sum to {movements}, but #RES says {result}.",
  },
  sie_checksum_mismatch: {
    category: "invalid_input",
    message:
      "#KSUMMA says {expected} but the records give {actual}: the file was changed or damaged after it was written.",
  },
  sie_truncated: {
    category: "invalid_input",
    message:
      "The file starts a #KSUMMA checksum but has no closing #KSUMMA: it is truncated. Ask for the whole file.",
  },
  sie_diagnostics_truncated: {
    category: "invalid_input",
    message: "{count} more {severity} were found from this line on; only the first {limit} are listed.",
  },
  sie_writer_invalid: { category: "invalid_input", message: "Cannot write the SIE file: {detail}" },
} as const satisfies ErrorSection;
