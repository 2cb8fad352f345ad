/** The small login and consent pages of the sandbox's /oauth-v1/auth ("Aktivering", reference §1.1). */

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

function page(title: string, body: string): string {
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>body{font-family:sans-serif;max-width:32rem;margin:3rem auto;color:#173}label{display:block;margin:.5rem 0}
button{margin-top:1rem;padding:.5rem 1rem}.hint{color:#666;font-size:.9rem}</style></head>
<body><h1>${esc(title)}</h1>${body}</body></html>`;
}

export function loginPage(ticket: string, error?: string): string {
  return page(
    "Logga in på Fortnox (sandlåda)",
    `${error ? `<p role="alert">${esc(error)}</p>` : ""}
<form method="post" action="/oauth-v1/auth/login">
<input type="hidden" name="ticket" value="${esc(ticket)}">
<label>Användarnamn <input name="username" autocomplete="username"></label>
<label>Lösenord <input name="password" type="password" autocomplete="current-password"></label>
<button type="submit">Logga in</button></form>
<p class="hint">Demo: <b>admin</b> / <b>demo</b> (systemadministratör för ett företag) eller
<b>byra</b> / <b>demo</b> (redovisningsbyrå med flera klientföretag).</p>`,
  );
}

export function consentPage(
  ticket: string,
  userName: string,
  companies: readonly { tenantId: string; name: string }[],
  scopes: readonly string[],
  service: boolean,
): string {
  const choices = companies
    .map(
      (c, k) =>
        `<label><input type="radio" name="tenantId" value="${esc(c.tenantId)}"${k === 0 ? " checked" : ""}> ${esc(c.name)}</label>`,
    )
    .join("");
  return page(
    "Aktivering",
    `<p>Inloggad som ${esc(userName)}.</p>
<form method="post" action="/oauth-v1/auth/approve">
<input type="hidden" name="ticket" value="${esc(ticket)}">
<fieldset><legend>Välj företag</legend>${choices}</fieldset>
<p>Integrationen får läsa och skriva: ${scopes.map(esc).join(", ")}.</p>
${service ? "<p>Ett servicekonto skapas för integrationen.</p>" : ""}
<button type="submit" name="decision" value="approve">Godkänn &amp; aktivera</button>
<button type="submit" name="decision" value="deny">Avbryt</button></form>`,
  );
}

export function errorPage(message: string): string {
  return page("Aktiveringen misslyckades", `<p role="alert">${esc(message)}</p>`);
}
