// Boots the app: checks that the browser can run it, downloads the WebAssembly and its data with
// a progress bar, shows a clear error if anything is missing or fails, then starts app.js.
// Also creates window.mestore (the UI automation contract); bridge.js fills in the functions.
(function () {
  'use strict';
  var script = document.currentScript;
  var files = JSON.parse(script.getAttribute('data-files'));

  var mestore = window.mestore = {
    frame: function () { return 0; },
    items: function () { return []; },
    route: function () { return location.hash || '#/'; },
    state: function () { return null; },
  };
  mestore.ready = new Promise(function (resolve, reject) {
    mestore._resolveReady = resolve;
    mestore._rejectReady = reject;
  });
  mestore.ready.catch(function () {});  // failures are shown by the overlay

  var MESSAGES = {
    nowasm: ['Tu navegador no puede ejecutar WebAssembly. Actualízalo o usa Chrome, Firefox, Safari o Edge recientes.',
             'Your browser cannot run WebAssembly. Update it or use a recent Chrome, Firefox, Safari or Edge.'],
    nowebgl2: ['Tu navegador o tu tarjeta gráfica no tienen WebGL 2, que la tienda necesita para dibujarse.',
               'Your browser or graphics card lacks WebGL 2, which the shop needs to draw itself.'],
    download: ['No pudimos descargar la aplicación. Revisa tu conexión e inténtalo de nuevo.',
               'We could not download the app. Check your connection and try again.'],
    crash: ['La aplicación se detuvo por un error inesperado.', 'The app stopped after an unexpected error.'],
    contextlost: ['Se perdió el contexto gráfico (WebGL). Recarga la página para seguir comprando.',
                  'The graphics context (WebGL) was lost. Reload the page to keep shopping.'],
  };

  function show(id) { document.getElementById(id).classList.remove('hidden'); }
  function hide(id) { document.getElementById(id).classList.add('hidden'); }

  function fail(kind, detail) {
    var m = MESSAGES[kind] || MESSAGES.crash;
    document.getElementById('error-text').textContent = m[0];
    document.getElementById('error-text-en').textContent = m[1] + (detail ? ' (' + detail + ')' : '');
    hide('loading');
    show('error');
    mestore.error = kind;
    mestore._rejectReady(new Error(kind + (detail ? ': ' + detail : '')));
  }
  mestore._fail = fail;
  document.getElementById('error-reload').addEventListener('click', function () { location.reload(); });

  if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') return fail('nowasm');
  var probe = document.createElement('canvas');
  if (!probe.getContext('webgl2')) return fail('nowebgl2');

  // Downloads with progress. Sizes come from the build (uncompressed), because Content-Length
  // is the gzipped size when the server compresses.
  var total = files['app.wasm'].size + files['app.data'].size;
  var loaded = {};
  function progress(name, bytes) {
    loaded[name] = bytes;
    var sum = 0;
    for (var k in loaded) sum += loaded[k];
    var pct = Math.min(100, Math.round(100 * sum / total));
    document.getElementById('loading-fill').style.width = pct + '%';
    document.getElementById('loading-text').textContent = 'Cargando la tienda… ' + pct + ' %';
  }
  function download(name) {
    return fetch(files[name].url).then(function (res) {
      if (!res.ok) throw new Error(name + ' HTTP ' + res.status);
      if (!res.body || !res.body.getReader) return res.arrayBuffer();
      var reader = res.body.getReader(), chunks = [], got = 0;
      function pump() {
        return reader.read().then(function (r) {
          if (r.done) {
            var out = new Uint8Array(got), off = 0;
            chunks.forEach(function (c) { out.set(c, off); off += c.length; });
            return out.buffer;
          }
          chunks.push(r.value);
          got += r.value.length;
          progress(name, got);
          return pump();
        });
      }
      return pump();
    });
  }

  Promise.all([download('app.wasm'), download('app.data')]).then(function (buffers) {
    var wasmBytes = buffers[0], dataBytes = buffers[1];
    window.Module = {
      canvas: document.getElementById('canvas'),
      locateFile: function (path) { return files[path] ? files[path].url : path; },
      getPreloadedPackage: function () { return dataBytes; },
      instantiateWasm: function (imports, done) {
        WebAssembly.instantiate(wasmBytes, imports).then(function (r) { done(r.instance, r.module); })
          .catch(function (e) { fail('crash', String(e)); });
        return {};
      },
      onAbort: function (what) { fail('crash', String(what)); },
      print: function (t) { console.log(t); },
      printErr: function (t) { console.warn(t); },
    };
    var s = document.createElement('script');
    s.src = files['app.js'].url;
    s.onerror = function () { fail('download', 'app.js'); };
    document.body.appendChild(s);
  }).catch(function (e) { fail('download', String(e && e.message || e)); });

  mestore.ready.then(function () {
    var overlay = document.getElementById('loading');
    overlay.classList.add('fading');
    setTimeout(function () { overlay.classList.add('hidden'); }, 300);
  }, function () {});
})();
