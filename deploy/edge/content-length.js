// The edge's sizing hop (nginx njs 0.7, hence ES5): fetches a response from the compressing hop
// whole and answers it with a Content-Length. nginx's gzip and brotli filters can only stream
// (chunked), and nginx stores a chunked answer without its length, so every visitor's copy of a
// compressed page left the cache chunked: about 0.5 of static nginx's rate instead of 0.9
// (docs/deploy.md, "The edge"). Only cacheable GET and HEAD requests come this way.

// Headers that describe the hop, not the response; nginx writes its own.
var HOP_HEADERS = ['content-length', 'transfer-encoding', 'connection', 'keep-alive', 'date', 'server']

// Vary comes from Next and again from the compressing hop: one header names each field once.
function mergeVary(earlier, value) {
  var seen = {}
  return (earlier ? earlier + ',' + value : value)
    .split(',')
    .map(function (field) {
      return field.trim()
    })
    .filter(function (field) {
      var key = field.toLowerCase()
      if (!field || seen[key]) return false
      seen[key] = true
      return true
    })
    .join(', ')
}

function copyHeaders(reply, r) {
  var raw = reply.rawHeadersOut
  for (var i = 0; i < raw.length; i++) {
    var name = raw[i][0]
    var lowerName = name.toLowerCase()
    if (HOP_HEADERS.indexOf(lowerName) >= 0) continue
    var earlier = r.headersOut[name]
    if (lowerName === 'vary') r.headersOut[name] = mergeVary(earlier, raw[i][1])
    // Any other header that comes more than once is kept as it came.
    else r.headersOut[name] = earlier === undefined ? raw[i][1] : [].concat(earlier, raw[i][1])
  }
  // nginx keeps the type apart from the other headers.
  if (reply.headersOut['Content-Type']) r.headersOut['Content-Type'] = reply.headersOut['Content-Type']
}

function withContentLength(r) {
  r.subrequest('/_edge_fill' + r.uri, { args: r.variables.args || '' }).then(
    function (reply) {
      var location = reply.headersOut['Location']
      copyHeaders(reply, r)
      // For a redirect, r.return takes the address instead of a body (nginx writes a short one).
      if (reply.status >= 301 && reply.status <= 308 && location) {
        delete r.headersOut['Location']
        r.return(reply.status, location)
        return
      }
      r.return(reply.status, reply.responseBuffer || '')
    },
    function (error) {
      r.error('edge fill failed: ' + error)
      r.return(502)
    }
  )
}

var edgeFill = { withContentLength: withContentLength }
export default edgeFill
