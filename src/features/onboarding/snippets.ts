import { testVector as v } from './test-vector'

export const snippetLanguages = ['node', 'python', 'php', 'csharp'] as const
export type SnippetLanguage = (typeof snippetLanguages)[number]

/**
 * Receiver-side verification code for Lucca's scheme, each ending with the lucca-api.md §7.4 test vector so an
 * integrator can run it as is and see `true`. Kept runnable: the Node and Python ones are executed in tests.
 */
export const snippets: Record<SnippetLanguage, string> = {
  node: `import { createHmac, timingSafeEqual } from 'node:crypto'

// rawBody: the request body exactly as received (a Buffer), before any JSON parsing.
export function verifyLucca(secret, timestamp, signature, rawBody, now = Date.now()) {
  if (!timestamp || !signature) return false
  const sent = Date.parse(timestamp)
  if (Number.isNaN(sent) || Math.abs(now - sent) > 5 * 60_000) return false // replay protection
  const expected = createHmac('sha256', secret).update(timestamp + '.').update(rawBody).digest()
  const given = Buffer.from(signature, 'base64')
  return given.length === expected.length && timingSafeEqual(given, expected)
}

// Test vector: prints true
const secret = '${v.secret}'
const body = Buffer.from('${v.body}')
console.log(verifyLucca(secret, '${v.timestamp}', '${v.signature}', body, Date.parse('${v.timestamp}')))
`,
  python: `import base64, hashlib, hmac
from datetime import datetime, timezone


def verify_lucca(secret, timestamp, signature, raw_body, now=None):
    """raw_body: the request body exactly as received (bytes), before any JSON parsing."""
    if not timestamp or not signature:
        return False
    try:
        sent = datetime.fromisoformat(timestamp.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return False
    now = datetime.now(timezone.utc).timestamp() if now is None else now
    if abs(now - sent) > 300:  # replay protection
        return False
    mac = hmac.new(secret.encode("utf-8"), timestamp.encode("utf-8") + b"." + raw_body, hashlib.sha256).digest()
    return hmac.compare_digest(base64.b64encode(mac).decode("ascii"), signature)


# Test vector: prints True
secret = "${v.secret}"
body = b'${v.body}'
sent_at = datetime(2025, 1, 1, 8, 34, 23, tzinfo=timezone.utc).timestamp()
print(verify_lucca(secret, "${v.timestamp}", "${v.signature}", body, now=sent_at))
`,
  php: `<?php
// $rawBody: the request body exactly as received: file_get_contents('php://input')
function verifyLucca(string $secret, ?string $timestamp, ?string $signature, string $rawBody, ?int $now = null): bool
{
    if (!$timestamp || !$signature) {
        return false;
    }
    $sent = strtotime($timestamp);
    if ($sent === false || abs(($now ?? time()) - $sent) > 300) { // replay protection
        return false;
    }
    $expected = base64_encode(hash_hmac('sha256', $timestamp . '.' . $rawBody, $secret, true));
    return hash_equals($expected, $signature);
}

// In a handler: verifyLucca($secret, $_SERVER['HTTP_LUCCA_TIMESTAMP'] ?? null,
//                            $_SERVER['HTTP_LUCCA_SIGNATURE'] ?? null, file_get_contents('php://input'));

// Test vector: prints bool(true)
$secret = '${v.secret}';
$body = '${v.body}';
var_dump(verifyLucca($secret, '${v.timestamp}', '${v.signature}', $body, strtotime('${v.timestamp}')));
`,
  csharp: `using System;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

public static class LuccaSignature
{
    // rawBody: the request body exactly as received, before any JSON parsing
    // (in ASP.NET Core: enable buffering and read Request.Body into a byte array).
    public static bool Verify(string secret, string? timestamp, string? signature, byte[] rawBody, DateTimeOffset? now = null)
    {
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature)) return false;
        if (!DateTimeOffset.TryParse(timestamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var sent)) return false;
        if (Math.Abs(((now ?? DateTimeOffset.UtcNow) - sent).TotalMinutes) > 5) return false; // replay protection
        var payload = Encoding.UTF8.GetBytes(timestamp + ".").Concat(rawBody).ToArray();
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        var expected = hmac.ComputeHash(payload);
        byte[] given;
        try { given = Convert.FromBase64String(signature); } catch (FormatException) { return false; }
        return CryptographicOperations.FixedTimeEquals(given, expected);
    }
}

public static class Program
{
    // Test vector: prints True
    public static void Main()
    {
        var body = Encoding.UTF8.GetBytes("${v.body.replaceAll('"', '\\"')}");
        var sentAt = DateTimeOffset.Parse("${v.timestamp}", CultureInfo.InvariantCulture);
        Console.WriteLine(LuccaSignature.Verify("${v.secret}", "${v.timestamp}", "${v.signature}", body, sentAt));
    }
}
`,
}
