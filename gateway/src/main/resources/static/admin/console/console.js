// The gateway's console: logs a person in through Keycloak (authorization code with PKCE) and shows what the admin
// API lets the token's roles see. Every value is written as text, never as markup.
"use strict";

const api = "/admin/api/v1";
const redirectUri = window.location.origin + "/admin/console/index.html";
let settings = null;
let token = null;

const $ = (id) => document.getElementById(id);

function base64url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function randomText() {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

function claims(jwt) {
  const part = jwt.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
  return JSON.parse(decodeURIComponent(escape(atob(part))));
}

function status(text) {
  $("status").textContent = text;
}

async function login() {
  const verifier = randomText();
  const state = randomText();
  sessionStorage.setItem("pkce", JSON.stringify({ verifier, state }));
  const challenge = base64url(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier)));
  const query = new URLSearchParams({ client_id: settings.clientId, response_type: "code", scope: "openid",
    redirect_uri: redirectUri, state, code_challenge: challenge, code_challenge_method: "S256" });
  window.location.assign(settings.issuer + "/protocol/openid-connect/auth?" + query);
}

async function redeem(code, state) {
  const saved = JSON.parse(sessionStorage.getItem("pkce") || "{}");
  sessionStorage.removeItem("pkce");
  window.history.replaceState(null, "", redirectUri);
  if (!saved.state || saved.state !== state) {
    status("Login failed: the answer did not match the request. Log in again.");
    return;
  }
  const response = await fetch(settings.issuer + "/protocol/openid-connect/token", { method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "authorization_code", client_id: settings.clientId, code,
      redirect_uri: redirectUri, code_verifier: saved.verifier }) });
  if (!response.ok) {
    status("Login failed (" + response.status + "). Log in again.");
    return;
  }
  token = (await response.json()).access_token;
  sessionStorage.setItem("token", token);
}

function loggedIn() {
  const who = claims(token);
  const roles = (who.gateway_roles || []).join(", ") || "no gateway role";
  $("who").textContent = "Logged in as " + (who.preferred_username || who.sub) + " (" + roles + ")";
  $("login").hidden = true;
  $("logout").hidden = false;
  $("views").hidden = false;
}

async function call(method, path, body) {
  const response = await fetch(api + path, { method, headers: Object.assign({ Authorization: "Bearer " + token },
    body ? { "Content-Type": "application/json" } : {}), body: body ? JSON.stringify(body) : undefined });
  const answer = await response.json().catch(() => ({}));
  if (response.status === 401) {
    throw new Error("Your login has expired: log in again (GW-083).");
  }
  if (response.status === 403) {
    throw new Error("Your roles do not allow this (" + (answer.code || "GW-098") + ").");
  }
  if (!response.ok) {
    throw new Error((answer.title || "Refused") + " (" + (answer.code || response.status) + ")");
  }
  return answer;
}

function fill(section, rows, cells) {
  const body = $(section).querySelector("tbody");
  body.replaceChildren(...rows.map((row) => {
    const tr = document.createElement("tr");
    for (const cell of cells(row)) {
      const td = document.createElement("td");
      if (cell instanceof Node) {
        td.append(cell);
      } else {
        td.textContent = (cell === null || cell === undefined) ? "" : String(cell);
      }
      tr.append(td);
    }
    return tr;
  }));
  status(rows.length + (rows.length === 1 ? " row." : " rows."));
}

function action(label, run) {
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = label;
  button.addEventListener("click", run);
  return button;
}

function confirmWithReason(text) {
  return new Promise((resolve) => {
    const dialog = $("confirm");
    $("confirm-text").textContent = text;
    $("confirm-reason").value = "";
    $("confirm-no").onclick = () => { dialog.close(); resolve(null); };
    dialog.onclose = () => resolve(dialog.returnValue === "confirm" ? $("confirm-reason").value : null);
    dialog.returnValue = "";
    dialog.showModal();
  });
}

function query(form) {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (value) {
      params.set(name, value);
    }
  }
  return params.toString();
}

/* A kill switch's button: deliveries to the partner, or its intake (what it sends), after a confirmation. */
function switchAction(p, direction, isOff) {
  return action(isOff ? "Switch on" : "Switch off", async () => {
    const off = !isOff;
    const reason = await confirmWithReason("Switch " + p.id + "'s " + direction + " " + (off ? "off" : "on") + "?");
    if (reason) {
      await call("PUT", "/partners/" + encodeURIComponent(p.id) + "/" + direction, { switchedOff: off, reason });
      await show("partners");
      status(p.id + " " + direction + " switched " + (off ? "off." : "on."));
    }
  });
}

const views = {
  "queues": async () => fill("queues", await call("GET", "/queues"), (q) => [q.partner, q.pending, q.inInbox,
    q.deadLettered, q.oldestWaitingSeconds, q.deliveriesSwitchedOff ? "yes" : "no"]),
  "messages": async () => {
    const found = await call("GET", "/messages?" + query($("message-search")));
    fill("messages", found.interchanges, (m) => [m.receivedAt, m.messageType, m.sender, m.senderControlReference,
      m.crn, m.deliveries.map((d) => d.receiver + " " + d.state + " (" + d.attempts + ")").join("; ")]);
  },
  "dead-letters": async () => {
    const found = await call("GET", "/dead-letters");
    fill("dead-letters", found.deadLetters, (d) => [d.completedAt, d.partner, d.receiver, d.lastCode, d.id,
      action("Replay", async () => {
        const reason = await confirmWithReason("Replay delivery " + d.id + " to " + d.receiver + "?");
        if (reason) {
          const done = await call("POST", "/dead-letters/" + encodeURIComponent(d.id) + "/replay", { reason });
          status("Replayed as delivery " + done.replay + ".");
        }
      })]);
  },
  "partners": async () => fill("partners", await call("GET", "/partners"), (p) => [p.id, p.organisation,
    p.partyCodes.join(", "), p.deliveriesSwitchedOff ? "switched off" : "on",
    switchAction(p, "deliveries", p.deliveriesSwitchedOff), p.intakeSwitchedOff ? "switched off" : "on",
    switchAction(p, "intake", p.intakeSwitchedOff)]),
  "certificates": async () => fill("certificates", await call("GET", "/certificates"), (c) => [c.use, c.certificate,
    c.notAfter, c.daysLeft, c.warning === null ? "" : (c.warning === 0 ? "expired" : "within " + c.warning + " days")]),
  "checks": async () => fill("checks", await call("GET", "/checks/outstanding"), (c) => [c.owedBy, c.responsible,
    c.checkType, c.state, c.count, c.earliestDueBy]),
  "audit": async () => fill("audit", await call("GET", "/audit/records?" + query($("audit-search"))), (r) => [
    r.recorded_at, r.event, r.outcome, r.reason_code, r.sender, r.receiver, r.crn]),
};

async function show(view) {
  for (const section of document.querySelectorAll("main section")) {
    section.hidden = section.id !== view;
  }
  for (const button of document.querySelectorAll("nav button")) {
    button.setAttribute("aria-pressed", String(button.dataset.view === view));
  }
  status("Loading...");
  try {
    await views[view]();
  } catch (failure) {
    status(failure.message);
  }
}

/* Warns after login when a certificate is within 60 days of expiry (roles that may not see them see nothing). */
async function expiryBanner() {
  const soon = (await call("GET", "/certificates").catch(() => [])).filter((c) => c.warning !== null);
  const banner = $("expiry-warning");
  banner.hidden = soon.length === 0;
  banner.textContent = "Warning: " + soon.length + (soon.length === 1 ? " certificate expires" : " certificates expire")
    + " within 60 days, the first (" + (soon[0] ? soon[0].certificate : "") + ") in "
    + (soon[0] ? soon[0].daysLeft : 0) + " days: see Certificates.";
}

async function start() {
  settings = await (await fetch("config.json")).json();
  $("login").addEventListener("click", login);
  $("logout").addEventListener("click", () => {
    sessionStorage.removeItem("token");
    window.location.assign(settings.issuer + "/protocol/openid-connect/logout?" + new URLSearchParams({
      client_id: settings.clientId, post_logout_redirect_uri: redirectUri }));
  });
  for (const button of document.querySelectorAll("[data-view]")) {
    button.addEventListener("click", () => show(button.dataset.view));
  }
  $("message-search").addEventListener("submit", (event) => { event.preventDefault(); show("messages"); });
  $("audit-search").addEventListener("submit", (event) => { event.preventDefault(); show("audit"); });
  const answer = new URLSearchParams(window.location.search);
  if (answer.has("code")) {
    await redeem(answer.get("code"), answer.get("state"));
  } else {
    token = sessionStorage.getItem("token");
  }
  if (token && claims(token).exp * 1000 > Date.now()) {
    loggedIn();
    status("Choose a view.");
    await expiryBanner();
  } else {
    token = null;
  }
}

start();
