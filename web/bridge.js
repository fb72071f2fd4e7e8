// The JavaScript half of the browser host, compiled into app.js (--pre-js). It fills in
// window.mestore (the automation contract) and routes browser input to the C++ host where
// Emscripten 3.1.6's GLFW falls short: touch, wheel, text entry (and the phone keyboard),
// clipboard, address-bar routes, pixel density and a lost WebGL context.
(function () {
  'use strict';
  var mestore = window.mestore;
  var canvas = Module.canvas;
  var text = document.getElementById('mestore-text');
  var started = false;
  var ctrlDown = false;

  function withUtf8(str, fn) {
    var p = allocateUTF8(String(str));
    try { fn(p); } finally { _free(p); }
  }
  function json(ptr) { return JSON.parse(UTF8ToString(ptr)); }

  // --- automation contract --------------------------------------------------------------------
  mestore.frame = function () { return started ? Module._mestore_frame_count() : 0; };
  mestore.items = function () { return started ? json(Module._mestore_items_json()) : []; };
  mestore.route = function () { return started ? UTF8ToString(Module._mestore_route()) : (location.hash || '#/'); };
  mestore.state = function () { return started ? json(Module._mestore_state_json()) : null; };

  // --- called from C++ --------------------------------------------------------------------------
  Module.mestoreStarted = function () { started = true; };
  Module.mestoreFirstFrame = function () { mestore._resolveReady(); };
  Module.mestoreCursor = function (name) { canvas.style.cursor = name; };
  Module.mestoreTextFocus = function (on) {
    if (on && document.activeElement !== text) {
      text.value = ' ';  // a sentinel, so a phone keyboard's backspace has something to delete
      text.focus({ preventScroll: true });
      text.setSelectionRange(1, 1);
    } else if (!on && document.activeElement === text) {
      text.blur();
    }
  };
  Module.mestoreCopy = function (s) {
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(s).catch(function () {});
  };
  Module.mestoreDownload = function (name, mime, bytes) {
    var url = URL.createObjectURL(new Blob([bytes], { type: mime }));
    var a = document.createElement('a');
    a.href = url; a.download = name; document.body.appendChild(a); a.click(); a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  };

  // One hidden file input, reused: the app asks from a click (a user gesture), the chosen file is
  // read here and its bytes copied into the Wasm heap for mestore_file_picked, which frees them.
  var fileInput = null;
  Module.mestorePickFile = function (accept) {
    if (!fileInput) {
      fileInput = document.createElement('input');
      fileInput.type = 'file';
      fileInput.id = 'mestore-file';
      fileInput.style.display = 'none';
      document.body.appendChild(fileInput);
      fileInput.addEventListener('change', function () {
        var file = fileInput.files && fileInput.files[0];
        fileInput.value = '';
        if (!file) return;
        file.arrayBuffer().then(function (buf) {
          var bytes = new Uint8Array(buf);
          var ptr = Module._malloc(Math.max(1, bytes.length));
          HEAPU8.set(bytes, ptr);
          var name = allocateUTF8(file.name), mime = allocateUTF8(file.type || '');
          Module._mestore_file_picked(name, mime, ptr, bytes.length);
          Module._free(name); Module._free(mime);
        });
      });
    }
    fileInput.accept = accept;
    fileInput.click();
  };

  // --- product pictures: fetch, decode off the main thread, upload as a GL texture --------------
  // createImageBitmap decodes on a browser worker thread, so a page full of pictures never drops
  // a frame; the upload registers the texture in Emscripten's GL table so C++ can draw it by id.
  // At most a few downloads run at once; the newest request goes first (what is on screen now).
  var IMAGE_MAX_SIDE = 1024;
  var IMAGE_PARALLEL = 6;
  var imageQueue = [];
  var imagesRunning = 0;
  Module.mestoreLoadImage = function (handle, url) {
    imageQueue.push({ handle: handle, url: url });
    pumpImages();
  };
  function pumpImages() {
    while (imagesRunning < IMAGE_PARALLEL && imageQueue.length) {
      var job = imageQueue.pop();
      imagesRunning++;
      loadImage(job).then(function () {}, function () {}).then(function () { imagesRunning--; pumpImages(); });
    }
  }
  function loadImage(job) {
    return fetch(job.url, { credentials: 'same-origin' }).then(function (res) {
      if (!res.ok) throw new Error('HTTP ' + res.status);
      return res.blob();
    }).then(function (blob) {
      return createImageBitmap(blob, { premultiplyAlpha: 'none', colorSpaceConversion: 'default' });
    }).then(function (bitmap) {
      var side = Math.max(bitmap.width, bitmap.height);
      if (side <= IMAGE_MAX_SIDE) return bitmap;
      var k = IMAGE_MAX_SIDE / side;
      return createImageBitmap(bitmap, {
        resizeWidth: Math.max(1, Math.round(bitmap.width * k)), resizeHeight: Math.max(1, Math.round(bitmap.height * k)),
        resizeQuality: 'high', premultiplyAlpha: 'none',
      }).then(function (small) { bitmap.close(); return small; });
    }).then(function (bitmap) {
      var id = uploadTexture(bitmap);
      var w = bitmap.width, h = bitmap.height;
      bitmap.close();
      Module._mestore_image_ready(job.handle, id, w, h);
    }).catch(function (e) {
      if (started) Module._mestore_image_failed(job.handle);
      throw e;
    });
  }
  function uploadTexture(bitmap) {
    var gl = GLctx;
    var tex = gl.createTexture();
    var id = GL.getNewId(GL.textures);
    tex.name = id;
    GL.textures[id] = tex;
    var previous = gl.getParameter(gl.TEXTURE_BINDING_2D);
    gl.bindTexture(gl.TEXTURE_2D, tex);
    gl.pixelStorei(gl.UNPACK_ROW_LENGTH, 0);
    gl.pixelStorei(gl.UNPACK_SKIP_ROWS, 0);
    gl.pixelStorei(gl.UNPACK_SKIP_PIXELS, 0);
    gl.pixelStorei(gl.UNPACK_ALIGNMENT, 4);
    gl.pixelStorei(gl.UNPACK_FLIP_Y_WEBGL, false);
    gl.pixelStorei(gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, false);
    gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA, gl.RGBA, gl.UNSIGNED_BYTE, bitmap);
    // Mipmaps keep thumbnails smooth when a large picture is drawn small.
    gl.generateMipmap(gl.TEXTURE_2D);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.LINEAR_MIPMAP_LINEAR);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.LINEAR);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
    gl.bindTexture(gl.TEXTURE_2D, previous);
    return id;
  }

  // --- touch: one tap is one click; a swipe scrolls and never clicks ---------------------------
  // GLFW ignores touch coordinates, so touches never reach it: the host turns them into a hover,
  // a click (press and release on separate frames) or scrolling.
  function onTouch(phase) {
    return function (e) {
      if (e.target !== canvas || !started) return;
      var t = e.changedTouches[0];
      if (!t) return;
      var r = canvas.getBoundingClientRect();
      e.preventDefault();       // no emulated mouse events afterwards (they would click twice)
      e.stopPropagation();      // keep GLFW's own touch listeners out of it
      Module._mestore_touch(phase, t.clientX - r.left, t.clientY - r.top);
    };
  }
  var opts = { capture: true, passive: false };
  window.addEventListener('touchstart', onTouch(0), opts);
  window.addEventListener('touchmove', onTouch(1), opts);
  window.addEventListener('touchend', onTouch(2), opts);
  window.addEventListener('touchcancel', onTouch(3), opts);

  // --- wheel: the right direction, a few lines per notch ----------------------------------------
  window.addEventListener('wheel', function (e) {
    if (e.target !== canvas || !started) return;
    e.preventDefault();
    e.stopPropagation();
    // ImGui scrolls 5 lines per wheel unit; a 100 px notch should move about 3.5 lines.
    var scale = e.deltaMode === 1 ? 1 / 5 : e.deltaMode === 2 ? 3 : 1 / 143;
    Module._mestore_wheel(-e.deltaX * scale, -e.deltaY * scale);
  }, opts);

  // --- text entry through the hidden input (desktop keyboards, phone keyboards, IME) -------------
  text.addEventListener('input', function (e) {
    if (e.isComposing) return;
    var type = e.inputType || '';
    if (type === 'deleteContentBackward') Module._mestore_key_tap(259);  // GLFW_KEY_BACKSPACE
    else if (type === 'insertLineBreak') Module._mestore_key_tap(257);   // GLFW_KEY_ENTER
    // Typed text: e.data (the sentinel may have been selected and replaced, e.g. after Ctrl+A).
    else if (type === 'insertText' && e.data) withUtf8(e.data, Module._mestore_text_input);
    else if (text.value.length > 1 || (text.value && text.value.charAt(0) !== ' '))
      withUtf8(text.value.charAt(0) === ' ' ? text.value.slice(1) : text.value, Module._mestore_text_input);
    text.value = ' ';
    text.setSelectionRange(1, 1);
  });
  text.addEventListener('compositionend', function (e) {
    if (e.data) withUtf8(e.data, Module._mestore_text_input);
    text.value = ' ';
  });
  // Clicking the canvas must not move the focus: the host draws the press inside this event, and
  // a text field it activates has just focused the hidden input, which must keep it.
  canvas.addEventListener('mousedown', function (e) {
    if (started) e.preventDefault();
  }, true);

  // --- clipboard: ImGui reads from a buffer fed by paste events ----------------------------------
  window.addEventListener('keydown', function (e) { ctrlDown = e.ctrlKey || e.metaKey; }, true);
  window.addEventListener('keyup', function (e) { ctrlDown = e.ctrlKey || e.metaKey; }, true);
  document.addEventListener('paste', function (e) {
    if (!started) return;
    var data = (e.clipboardData && e.clipboardData.getData('text')) || '';
    e.preventDefault();
    withUtf8(data, Module._mestore_clipboard_set);
    // A paste from a phone's menu arrives without Ctrl+V, so ImGui would not ask: type it in.
    if (!ctrlDown && document.activeElement === text) withUtf8(data, Module._mestore_text_input);
    Module._mestore_wake();
  });

  // --- routes: Back/Forward and deep links ------------------------------------------------------
  window.addEventListener('hashchange', function () {
    if (started) withUtf8(location.hash, Module._mestore_open_route);
  });

  // --- size and pixel density -------------------------------------------------------------------
  function resize() {
    if (!started) return;
    var r = canvas.getBoundingClientRect();
    Module._mestore_resize(r.width, r.height, window.devicePixelRatio || 1);
  }
  window.addEventListener('resize', resize);
  (function watchDensity() {
    var mq = matchMedia('(resolution: ' + (window.devicePixelRatio || 1) + 'dppx)');
    mq.addEventListener('change', function () { resize(); watchDensity(); }, { once: true });
  })();
  Module.mestoreViewport = function () {
    var r = canvas.getBoundingClientRect();
    return [r.width, r.height, window.devicePixelRatio || 1];
  };

  // --- losing WebGL is shown, not silently frozen ----------------------------------------------
  canvas.addEventListener('webglcontextlost', function (e) {
    e.preventDefault();
    mestore._fail('contextlost');
  });
  // Wake up when the tab becomes visible again (timers may have been throttled).
  document.addEventListener('visibilitychange', function () {
    if (started && !document.hidden) Module._mestore_wake();
  });
})();
