// The `type` URI and `title` of an application/problem+json per HTTP status, as Lucca writes them
// (contract/openapi.yaml, `Problem`). The emulator answers with them, and the proxy uses the same ones for
// its own problems, so the SPA maps one error vocabulary.
export const problemTypes: Readonly<Record<number, { type: string; title: string }>> = {
  400: { type: 'https://tools.ietf.org/html/rfc7231#section-6.5.1', title: 'Bad Request' },
  401: { type: 'https://datatracker.ietf.org/doc/html/rfc7235#section-3.1', title: 'Unauthorized' },
  403: { type: 'https://tools.ietf.org/html/rfc7231#section-6.5.3', title: 'Forbidden' },
  404: { type: 'https://tools.ietf.org/html/rfc7231#section-6.5.4', title: 'Not Found' },
  405: { type: 'https://tools.ietf.org/html/rfc7231#section-6.5.5', title: 'Method Not Allowed' },
  408: { type: 'https://tools.ietf.org/html/rfc7231#section-6.5.7', title: 'Request Timeout' },
  413: { type: 'https://tools.ietf.org/html/rfc7231#section-6.5.11', title: 'Content Too Large' },
  414: { type: 'https://tools.ietf.org/html/rfc7231#section-6.5.12', title: 'URI Too Long' },
  415: { type: 'https://tools.ietf.org/html/rfc7231#section-6.5.13', title: 'Unsupported Media Type' },
  409: { type: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10', title: 'Conflict' },
  417: { type: 'https://tools.ietf.org/html/rfc7231#section-6.5.14', title: 'Expectation Failed' },
  421: { type: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.20', title: 'Misdirected Request' },
  422: { type: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21', title: 'Unprocessable Content' },
  429: { type: 'https://tools.ietf.org/html/rfc6585#section-4', title: 'Too Many Requests' },
  431: { type: 'https://tools.ietf.org/html/rfc6585#section-5', title: 'Request Header Fields Too Large' },
  500: { type: 'https://tools.ietf.org/html/rfc7231#section-6.6.1', title: 'Internal Server Error' },
  501: { type: 'https://tools.ietf.org/html/rfc7231#section-6.6.2', title: 'Not Implemented' },
  502: { type: 'https://tools.ietf.org/html/rfc7231#section-6.6.3', title: 'Bad Gateway' },
  503: { type: 'https://tools.ietf.org/html/rfc7231#section-6.6.4', title: 'Service Unavailable' },
  504: { type: 'https://tools.ietf.org/html/rfc7231#section-6.6.5', title: 'Gateway Timeout' },
  505: { type: 'https://tools.ietf.org/html/rfc7231#section-6.6.6', title: 'HTTP Version Not Supported' },
}
