// The HTML report's inline style and script. The script reads the JSON block (#pacta-data),
// attaches its listeners itself (no inline handlers) and filters by toggling classes and one
// generated style rule, so that a 200 x 100 matrix filters in a few milliseconds: status by a
// class on the matrix, obligations (severity, instrument, text) by hiding columns with
// :nth-child rules, states (group, and rows left empty) by the rows' hidden attribute.
#include "report/check_html.hpp"

namespace pacta::report::html {

const char style[] = R"css(
:root{color-scheme:light;--v:#f8d0d0;--u:#e4dcf4;--p:#fbe7b5;--s:#d4edd4;--e:#d3e6f0;--n:#eeeeee}
body{font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:1em 2em;color:#111;background:#fff}
h1 small{font-weight:normal;color:#444}
code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:90%}
.note{background:#fff8dc;border-left:4px solid #c90;padding:.4em .8em}
.warn{background:#fdecea;border-left:4px solid #b00;padding:.4em .8em}
.badge{display:inline-block;padding:0 .4em;border-radius:3px;margin:0 .1em}
.v{background:var(--v)}.u{background:var(--u)}.p{background:var(--p)}.s{background:var(--s)}.e{background:var(--e)}.n{background:var(--n);color:#555}
td.v,span.v{font-weight:bold}
.cell{display:inline-block;min-width:1.4em;text-align:center;border:1px solid #999}
.filters fieldset{display:inline-block;border:1px solid #ccc;margin:.2em;padding:.2em .5em;vertical-align:top}
.scroll{overflow:auto;max-height:80vh;border:1px solid #ccc}
table{border-collapse:collapse}
th,td{border:1px solid #ccc;padding:2px 4px}
#matrix{display:inline-block;min-width:100%}
#matrix [role=row]{display:flex;white-space:nowrap}
#matrix .mrow{content-visibility:auto;contain-intrinsic-size:auto 1.6em}
#matrix .mrow[hidden]{display:none}
#matrix [role=row]>span{flex:0 0 1.7em;box-sizing:border-box;text-align:center;border:1px solid #ddd;line-height:1.5em}
#matrix [role=row]>span:first-child{flex:0 0 5em;text-align:left;position:sticky;left:0;background:#fff;padding:0 .3em;z-index:1}
#matrix .mhead{position:sticky;top:0;z-index:2;background:#fff;align-items:flex-end}
#matrix .mhead>span>span{writing-mode:vertical-rl;transform:rotate(180deg);padding:.2em 0}
#matrix.hide-v .v,#matrix.hide-u .u,#matrix.hide-p .p,#matrix.hide-s .s,#matrix.hide-e .e,#matrix.hide-n .n{visibility:hidden}
.summary td.num{text-align:right}
table.verdicts td{vertical-align:top}
table.verdicts ul{margin:0;padding-left:1.2em}
details.state{margin:.4em 0}
details.state summary{cursor:pointer}
@media print{.filters{display:none}.scroll{max-height:none;overflow:visible}}
)css";

const char script[] = R"js(
(function () {
  'use strict';
  var block = document.getElementById('pacta-data');
  var table = document.getElementById('matrix');
  // Links to a state's detail open it.
  function openTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (target && target.tagName === 'DETAILS') target.open = true;
  }
  window.addEventListener('hashchange', openTarget);
  openTarget();
  if (!block || !table) return;
  var data = JSON.parse(block.textContent);
  var classes = {violated: 'v', unknown: 'u', pending: 'p', satisfied: 's', exempt: 'e', not_applicable: 'n'};
  var form = document.getElementById('filters');
  var body = table.querySelector('.mbody');
  var rows = Array.prototype.slice.call(body.children);
  var columnStyle = document.createElement('style');
  document.head.appendChild(columnStyle);
  var count = document.getElementById('shown-count');
  var states = data.states, obligations = data.obligations;
  var violated = states.map(function (s) { return s.statuses.split('v').length - 1; });

  function checked(name) {
    var on = {};
    Array.prototype.forEach.call(form.querySelectorAll('input[name="' + name + '"]'), function (box) {
      on[box.value] = box.checked;
    });
    return on;
  }

  function apply() {
    var statuses = checked('status'), severities = checked('severity');
    var group = document.getElementById('f-group').value;
    var instrument = document.getElementById('f-instrument').value;
    var text = document.getElementById('f-obligation').value.trim().toLowerCase();
    var hiddenStatus = {};
    Object.keys(classes).forEach(function (name) {
      var hide = !statuses[name];
      hiddenStatus[classes[name]] = hide;
      table.classList.toggle('hide-' + classes[name], hide);
    });
    var columns = [], rules = [];
    obligations.forEach(function (o, k) {
      var show = severities[o.severity] && (!instrument || o.instruments.indexOf(instrument) >= 0) &&
        (!text || o.id.toLowerCase().indexOf(text) >= 0 || o.title.toLowerCase().indexOf(text) >= 0);
      if (show) columns.push(k); else rules.push('#matrix .c' + k);
    });
    columnStyle.textContent = rules.length ? rules.join(',') + '{display:none}' : '';
    var shown = 0;
    states.forEach(function (s, p) {
      var visible = 0;
      if (!group || s.groups.indexOf(group) >= 0) {
        for (var c = 0; c < columns.length; ++c) {
          var letter = s.statuses.charAt(columns[c]);
          if (letter !== '-' && !hiddenStatus[letter]) ++visible;
        }
      }
      rows[p].hidden = visible === 0;
      shown += visible;
    });
    count.textContent = shown + ' of ' + states.length * obligations.length + ' verdicts shown';
  }

  function sort() {
    var by = document.getElementById('sort').value;
    var order = states.map(function (s, p) { return p; });
    if (by === 'failing') order.sort(function (a, b) { return violated[b] - violated[a] || a - b; });
    var fragment = document.createDocumentFragment();
    order.forEach(function (p) { fragment.appendChild(rows[p]); });
    body.appendChild(fragment);
  }

  form.addEventListener('change', function (event) {
    if (event.target.id === 'sort') sort(); else apply();
  });
  form.addEventListener('input', function (event) {
    if (event.target.id === 'f-obligation') apply();
  });
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  // Tooltips from the cells' labels, set when first pointed at (not 20,000 title attributes).
  table.addEventListener('mouseover', function (event) {
    var cell = event.target;
    if (cell.getAttribute('role') === 'cell' && !cell.title && cell.getAttribute('aria-label')) cell.title = cell.getAttribute('aria-label');
  });
  table.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a[href^="#s-"]');
    if (link) setTimeout(openTarget, 0);
  });
  apply();
})();
)js";

}  // namespace pacta::report::html
