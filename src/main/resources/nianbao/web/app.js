// nianbao serve: the only script (no inline scripts anywhere; the CSP forbids them).
(function () {
  'use strict';
  // "复制表格": the links table as tab-separated text, which Excel, WPS and chat windows paste as a table.
  document.querySelectorAll('[data-copy]').forEach(function (button) {
    button.addEventListener('click', function () {
      var table = document.getElementById(button.getAttribute('data-copy'));
      if (!table) { return; }
      var lines = [];
      table.querySelectorAll('tr').forEach(function (tr) {
        var cells = [];
        tr.querySelectorAll('th,td').forEach(function (c) { cells.push(c.textContent.trim()); });
        lines.push(cells.join('\t'));
      });
      copy(lines.join('\n'));
    });
  });
  // "复制通知文字": the text of a read-only text box, as written.
  document.querySelectorAll('[data-copy-text]').forEach(function (button) {
    button.addEventListener('click', function () {
      var box = document.getElementById(button.getAttribute('data-copy-text'));
      if (box) { copy(box.value); }
    });
  });
  // to the clipboard, then the note that says so
  function copy(text) {
    var done = function () {
      var note = document.getElementById('copied');
      if (note) { note.hidden = false; }
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, function () { fallback(text); done(); });
    } else {
      fallback(text);
      done();
    }
  }
  function fallback(text) {
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'absolute';
    area.style.left = '-9999px';
    document.body.appendChild(area);
    area.select();
    try { document.execCommand('copy'); } catch (e) { /* the table stays selectable by hand */ }
    document.body.removeChild(area);
  }
  // A form being sent: disable its button so a slow upload is not sent twice. A form whose answer is
  // a file to save (data-download) leaves the page where it is, so its button comes back once the file
  // has arrived: the server answers with the cookie nb_dl set to the random mark the form sent.
  document.querySelectorAll('form').forEach(function (form) {
    form.addEventListener('submit', function () {
      var b = form.querySelector('button[type=submit]');
      if (!b || form.enctype !== 'multipart/form-data') { return; }
      b.setAttribute('data-label', b.textContent);
      var field = form.querySelector('input[name=_dl]');
      var mark = form.hasAttribute('data-download') && field ? newMark() : null;
      if (mark) { field.value = mark; }
      setTimeout(function () { b.disabled = true; b.textContent = '正在处理…'; }, 0);
      if (mark) {
        var started = Date.now();
        var timer = setInterval(function () {
          if (document.cookie.indexOf('nb_dl=' + mark) >= 0 || Date.now() - started > 120000) {
            clearInterval(timer);
            document.cookie = 'nb_dl=; Max-Age=0; Path=/; SameSite=Strict';
            restore(b);
          }
        }, 250);
      }
    });
  });
  // Back to a page the browser kept (the back button): its buttons as they were before sending.
  window.addEventListener('pageshow', function (e) {
    if (e.persisted) { document.querySelectorAll('button[data-label]').forEach(restore); }
  });
  function restore(b) {
    b.disabled = false;
    b.textContent = b.getAttribute('data-label');
  }
  function newMark() {
    var a = new Uint8Array(12);
    window.crypto.getRandomValues(a);
    return Array.prototype.map.call(a, function (x) { return (x < 16 ? '0' : '') + x.toString(16); }).join('');
  }
  // The editable report (校验结果, 导入结果): totals kept in step with their parts and the schema's
  // rules checked while typing. The rules come with the page as data (data-rules), none is written here;
  // without this script the form's 重新校验 button has the server do the same.
  var report = document.getElementById('report-form');
  if (report && report.getAttribute('data-rules')) {
    editable(report, JSON.parse(report.getAttribute('data-rules')));
  }
  function editable(form, data) {
    var rules = data.rules;
    var previous = data.previous || {};
    var live = document.getElementById('live');
    var input = function (id) { return form.elements.namedItem(id); };
    // a total the form keeps equal to its parts (as the workbook's formula does) until the clerk types one
    var follows = {};
    var totalOf = {};
    rules.forEach(function (r) {
      if (r.total && !totalOf[r.left[0][1]]) { totalOf[r.left[0][1]] = r; }
    });
    Object.keys(totalOf).forEach(function (id) {
      var field = input(id);
      if (!field) { return; }
      var parts = sum(totalOf[id].right);
      var stated = number(field.value);
      follows[id] = field.value.trim() === '' || (parts !== null && stated !== null && same(parts, stated));
    });
    form.addEventListener('input', function (e) {
      var id = e.target.name;
      if (Object.prototype.hasOwnProperty.call(totalOf, id)) {
        follows[id] = false; // the clerk states this total: it no longer follows its parts
      }
      update();
    });
    function number(text) {
      var t = String(text).replace(/[,，\s]/g, '');
      return /^[+-]?\d+(\.\d+)?$/.test(t) ? Number(t) : null;
    }
    function value(term) {
      var id = term[1];
      if (id.indexOf('prev:') === 0) {
        var p = previous[id.substring(5)];
        return p === undefined ? null : Number(p);
      }
      var field = input(id);
      return field ? number(field.value) : null;
    }
    function sum(side) {
      var total = 0;
      for (var i = 0; i < side.length; i++) {
        var v = value(side[i]);
        if (v === null) { return null; }
        total += side[i][0] * v;
      }
      return total;
    }
    function same(a, b) { return Math.abs(a - b) < 1e-9; }
    function plain(n) { return String(Math.round(n * 10000) / 10000); }
    function update() {
      // totals first (a total may be a part of another), a few rounds until nothing changes
      for (var round = 0; round < 4; round++) {
        var changed = false;
        Object.keys(totalOf).forEach(function (id) {
          var field = input(id);
          if (!field || !follows[id]) { return; }
          var parts = sum(totalOf[id].right);
          var text = parts === null ? '' : plain(parts);
          if (field.value !== text) {
            field.value = text;
            var cell = field.closest('td');
            cell.className = cell.className.replace(/\bv-[a-z]+\b/, 'v-computed');
            cell.setAttribute('data-reason', parts === null ? '自动合计：各项未填全' : '自动合计：各项之和');
            changed = true;
          }
        });
        if (!changed) { break; }
      }
      var broken = {};
      var messages = [];
      rules.forEach(function (r) {
        var left = sum(r.left);
        var right = sum(r.right);
        if (left === null || right === null || same(left, right)) { return; }
        // shown on the typed cell the server's evidence pinned (e.g. the narrative's count), else on the rule's own cell
        var anchor = r.pin || (r.left.filter(function (t) { return t[1].indexOf('prev:') !== 0; })[0] || r.right[0])[1];
        var text = r.message.replace('{left}', plain(left)).replace('{right}', plain(right));
        (broken[anchor] = broken[anchor] || []).push(text);
        messages.push(text);
      });
      form.querySelectorAll('td[data-field]').forEach(function (cell) {
        var id = cell.getAttribute('data-field');
        var problems = (cell.getAttribute('data-others') || '') ? [cell.getAttribute('data-others')] : [];
        problems = problems.concat(broken[id] || []);
        var reason = cell.getAttribute('data-reason') || '';
        var tip = problems.length ? reason.replace(/。$/, '') + '。' + problems.join(' ') : reason;
        cell.classList.toggle('bad', problems.length > 0);
        cell.title = tip;
        var span = document.getElementById('tip-' + id);
        if (span) { span.textContent = tip; }
      });
      if (live) {
        live.hidden = false;
        live.className = 'notice live ' + (messages.length ? 'error' : 'ok');
        live.textContent = messages.length
          ? '按目前填写的数字，还有 ' + messages.length + ' 处勾稽关系不一致（标红的格子）：' + messages.slice(0, 3).join(' ')
            + (messages.length > 3 ? ' ……' : '') + ' 改好后点“重新校验”核对全部规则。'
          : '按目前填写的数字，勾稽关系全部一致。点“重新校验”核对基本信息、正文等其余规则。';
      }
    }
  }
}());
