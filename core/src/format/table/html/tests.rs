//! HTML tables as pages and clipboards hold them.

use super::*;

#[test]
fn reads_a_table_copied_from_a_blog_post() {
    let html = r#"<p>Our <b>verdict</b> table:</p>
<TABLE class="wp-block-table" data-x="a>b">
<caption>Hugo vs Jekyll</caption>
<thead><tr><th>Criterion</th><th><strong>Hugo</strong></th><th>Jekyll</th></tr></thead>
<tbody>
<tr><td>Build&nbsp;speed</td><td>9</td><td>4</td></tr>
<tr><TD>Themes &amp; plugins<br>(community)</TD><td>7&#160;(6&#8211;8)</td><td>&#x38;</td></tr>
<tr><td colspan="3">Scores &unknown; are ours</td></tr>
</tbody></table>"#;
    assert_eq!(
        read_html(html).unwrap(),
        [
            vec!["Criterion", "Hugo", "Jekyll"],
            vec!["Build speed", "9", "4"],
            vec!["Themes & plugins (community)", "7 (6–8)", "8"],
            vec!["Scores &unknown; are ours", "", ""],
        ]
    );
}

#[test]
fn skips_layout_tables_scripts_and_nested_tables() {
    let html = "<table><tr><td>menu</td></tr></table>\
            <script>document.write('<table><tr><td>x</td></tr><tr><td>y</td></tr></table>')</script>\
            <!-- <table><tr><td>no</td></tr></table> -->\
            <table><tr><th>a</th><th>b</th></tr>\
            <tr><td>1<table><tr><td>in</td><td>ner</td></tr></table></td><td>2</td></tr></table>";
    assert_eq!(
        read_html(html).unwrap(),
        [vec!["a", "b"], vec!["1 in ner", "2"]]
    );
    assert_eq!(
        read_html("<table><tr><td>only one row</td></tr></table>"),
        None
    );
    assert_eq!(read_html("no table at all"), None);
}

#[test]
fn damaged_html_does_not_panic() {
    for html in [
        "<table",
        "<table><tr><td",
        "<td colspan='",
        "<table><tr><td>&#x110000;&#;&",
        "</",
        "<table><tr><td>é<</td><td>&#99999999999;</td></tr><tr><td>ü</td></tr>",
    ] {
        let _ = read_html(html);
    }
    assert_eq!(
        read_html("<table><tr><td>é<</td><td>&#99999999999;</td></tr><tr><td>ü</td></tr>").unwrap(),
        [vec!["é<", "&#99999999999;"], vec!["ü"]]
    );
}
