/** The HTML report's stylesheet: a dossier on the left, the article reader on the right. */
export const REPORT_STYLE = `
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d232a;background:#f4f6f8}
header{background:#1d3557;color:#fff;padding:.9rem 1.5rem .4rem}
header .brand{font-size:.8rem;letter-spacing:.08em;text-transform:uppercase;opacity:.75}
header h1{margin:.1rem 0;font-size:1.35rem;line-height:1.3}
header .sub{opacity:.85;font-size:.9rem}
nav{margin-top:.5rem;display:flex;gap:.2rem;flex-wrap:wrap}
nav a{color:#fff;text-decoration:none;padding:.25rem .6rem;border-radius:4px 4px 0 0;background:rgba(255,255,255,.12);font-size:.88rem}
nav a:hover{background:rgba(255,255,255,.25)}
.layout{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1rem;padding:1rem 1.5rem;align-items:start}
main section{background:#fff;border:1px solid #dde1e6;border-radius:8px;padding:.6rem 1rem 1rem;margin-bottom:1rem}
h2{font-size:1.1rem;margin:.3rem 0 .6rem;color:#1d3557}
h3{font-size:1rem;margin:.8rem 0 .4rem}
table{border-collapse:collapse;width:100%}
th,td{padding:.35rem .5rem;border-bottom:1px solid #e6e9ed;text-align:left;vertical-align:top;font-size:.9rem}
th{background:#f0f3f6;font-weight:600;font-size:.8rem;text-transform:uppercase;letter-spacing:.03em;color:#4a5560}
td.num{text-align:right}td.fig{font-weight:700;white-space:nowrap;font-variant-numeric:tabular-nums}td.date{white-space:nowrap;font-variant-numeric:tabular-nums}
[data-ev]{cursor:pointer}
tr[data-ev]:hover td,li[data-ev]:hover{background:#f3f7ff}
.selected,.selected td{background:#fff3c4!important}
[data-ev]:focus{outline:2px solid #457b9d;outline-offset:-2px}
tr.conflict td.fig{color:#b42318}.clash{font-size:.75rem;font-weight:400;white-space:normal;color:#b42318}td.relays{font-size:.8rem;color:#4a5560}
.status{font-size:.75rem;padding:.1rem .45rem;border-radius:10px;font-weight:600;vertical-align:middle}
.status.agreeing{background:#e3f4e6;color:#1e6b31}.status.evolving{background:#e6eefb;color:#24508f}.status.conflicting{background:#fde7e7;color:#b42318}
.meta{color:#5b6672;font-size:.85rem;font-weight:400}
.tag{display:inline-block;font-size:.72rem;padding:0 .35rem;border-radius:3px;background:#eef1f4;color:#4a5560;vertical-align:1px}
.tag.direct{background:#e6eefb;color:#24508f}.tag.indirect{background:#f1ecfb;color:#5b3a9b}.tag.fragment{background:#fdf1e3;color:#8a4b0f}.tag.negated{background:#fbe9e9;color:#8f2424}
.group{display:inline-block;min-width:1.4rem;text-align:center;font-weight:700;border-radius:4px;color:#fff}
.g0{background:#1d3557}.g1{background:#2a9d8f}.g2{background:#e76f51}.g3{background:#6a4c93}.g4{background:#8a817c}.g5{background:#c9184a}.g6{background:#3a86ff}.g7{background:#588157}
.card{border:1px solid #e6e9ed;border-left:4px solid #b42318;border-radius:6px;padding:.4rem .8rem;margin:.6rem 0;background:#fffafa}
.card.assertion-denial{border-left-color:#6a4c93;background:#fbf9ff}
.card .kind{font-size:.75rem;text-transform:uppercase;letter-spacing:.05em;color:#5b6672;font-weight:600}
.card p{margin:.2rem 0 .4rem}
ul.lines{list-style:none;padding:0;margin:0}ul.lines li{padding:.3rem .4rem;border-bottom:1px solid #f0f2f4}
details{border:1px solid #e6e9ed;border-radius:6px;margin:.5rem 0;padding:.3rem .7rem;background:#fff}
summary{cursor:pointer;font-weight:600}
.sbs td{width:45%;font-size:.85rem}.sbs td:first-child{width:10%;color:#5b6672}
tr.kept td{background:#eef7ee}tr.reworded td{background:#fff8e6}tr.translated td{background:#eef3fb}tr.added td{background:#fdecec}tr.dropped td{background:#f1f1f1;color:#5b6672}
.errors li{color:#8a1c1c}code{font-size:.85rem}
#reader{position:sticky;top:1rem;max-height:calc(100vh - 2rem);display:flex;flex-direction:column;background:#fff;border:1px solid #dde1e6;border-radius:8px;overflow:hidden}
.reader-head{padding:.6rem 1rem .2rem;border-bottom:1px solid #eef0f2}.reader-head h3{margin:.2rem 0}
.reader-tabs{display:flex;flex-wrap:wrap;gap:.3rem;padding:.4rem 1rem}
.reader-tabs button{font:inherit;font-size:.8rem;border:1px solid #cfd6dd;background:#f6f8fa;border-radius:12px;padding:.1rem .6rem;cursor:pointer}
.reader-tabs button.on{background:#1d3557;color:#fff;border-color:#1d3557}
.reader-body{overflow:auto;padding:0 1rem 1rem;font-family:Georgia,"Times New Roman",serif;font-size:.95rem;line-height:1.6}
.reader-body p{margin:.5rem 0}
mark{background:#ffe066;padding:0 .1rem;border-radius:2px;box-shadow:0 0 0 1px #f2c200}
.hint{margin:0;padding:.4rem 1rem;font-size:.8rem;color:#5b6672;border-top:1px solid #eef0f2}
@media (max-width:900px){.layout{grid-template-columns:1fr}#reader{position:static;max-height:none}}
`;
