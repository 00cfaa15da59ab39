//! How NATO's pair levels and the rules' verdicts are shown: each with a symbol, a word and a
//! colour class (never colour alone), the legend that explains them, and a pair's reasons.

use crate::pair::{Level, Pair, Reason, RuleVerdict};
use crate::ui::report_view::ConfidenceBadge;
use leptos::prelude::*;

/// Every level, highest first (the order the legend and the ammunition view use).
pub const LEVELS: [Level; 6] = [
    Level::Commonality,
    Level::Interchangeable,
    Level::Compatible,
    Level::Unknown,
    Level::NotInterchangeable,
    Level::Incompatible,
];

pub fn level_symbol(level: Level) -> &'static str {
    match level {
        Level::Incompatible => "✗",
        Level::NotInterchangeable => "≠",
        Level::Unknown => "?",
        Level::Compatible => "✓",
        Level::Interchangeable => "⇄",
        Level::Commonality => "≡",
    }
}

/// The short code a matrix cell shows beside the symbol (the legend spells it out).
pub fn level_code(level: Level) -> &'static str {
    match level {
        Level::Incompatible => "INC",
        Level::NotInterchangeable => "NIN",
        Level::Unknown => "UNK",
        Level::Compatible => "CMP",
        Level::Interchangeable => "INT",
        Level::Commonality => "COM",
    }
}

fn level_meaning(level: Level) -> &'static str {
    match level {
        Level::Incompatible => {
            "a mandatory rule between the two (of the catalogue's pair rules) fails: do not use them together"
        }
        Level::NotInterchangeable => {
            "items of one kind neither of which is known to replace the other (the interchangeability criterion fails): they meet a standard by different values it allows, are held to different requirements, or a third item tells them apart; it says nothing of using them together"
        }
        Level::Unknown => "a rule needs data that one of the items does not state",
        Level::Compatible => "items that can be used together",
        Level::Interchangeable => "items of one kind where either can replace the other",
        Level::Commonality => "the same item (same NSN or design identifier)",
    }
}

pub fn level_class(level: Level) -> String {
    format!("level level-{}", level.name())
}

fn verdict_symbol(verdict: RuleVerdict) -> &'static str {
    match verdict {
        RuleVerdict::Pass => "✓",
        RuleVerdict::Warning => "⚠",
        RuleVerdict::Fail => "✗",
        RuleVerdict::Unknown => "?",
    }
}

fn verdict_word(verdict: RuleVerdict) -> &'static str {
    match verdict {
        RuleVerdict::Pass => "pass",
        RuleVerdict::Warning => "pass, with a warning",
        RuleVerdict::Fail => "FAIL",
        RuleVerdict::Unknown => "unknown",
    }
}

fn verdict_class(verdict: RuleVerdict) -> &'static str {
    match verdict {
        RuleVerdict::Pass => "verdict verdict-pass",
        RuleVerdict::Warning => "verdict verdict-missing",
        RuleVerdict::Fail => "verdict verdict-fail",
        RuleVerdict::Unknown => "verdict verdict-missing",
    }
}

fn row_class(verdict: RuleVerdict) -> &'static str {
    match verdict {
        RuleVerdict::Pass => "reason reason-pass",
        RuleVerdict::Warning => "reason reason-warning",
        RuleVerdict::Fail => "reason reason-fail row-fail",
        RuleVerdict::Unknown => "reason reason-unknown",
    }
}

/// A level as a badge: symbol, word, colour.
#[component]
pub fn LevelBadge(level: Level) -> impl IntoView {
    view! {
        <span class=level_class(level) data-level=level.name()>
            <span aria-hidden="true">{level_symbol(level)} " "</span>{level.word()}
        </span>
    }
}

/// What the symbols, codes and colours mean: open, but folded on a narrow or short window, where
/// its seven long lines would push the matrix a screen or more down (printed open).
#[component]
pub fn Legend() -> impl IntoView {
    view! {
        <details class="legend" data-testid="legend" open=!crate::ui::browser::small_window()>
            <summary><h2 id="legend-heading" class="legend-heading">"Legend"</h2></summary>
            <ul aria-labelledby="legend-heading">
                {LEVELS.iter().map(|&level| view! {
                    <li>
                        <span class=level_class(level)>
                            <span aria-hidden="true">{level_symbol(level)}</span>" " {level_code(level)}
                        </span>
                        " " <strong>{level.word()}</strong> ": " {level_meaning(level)}
                    </li>
                }).collect_view()}
                <li><span class="level level-none">"—"</span> " no pair: no rule relates the two items; or, for two of one kind that share no NSN or design, one of them is incomplete or non-compliant against its own standards, so whether it can replace the other is not weighed (its results on the Check view say why; two that share one are paired for it, and the pair's first reason says so), or no standard that applies to both defines what they must meet (two rifles: each is weighed against the rounds it takes); or it is the item itself"</li>
                <li data-testid="legend-warning"><span class="cell-warning">"⚠"</span> " beside a level: it holds with a warning: a rule passes only with a warning, an item is itself non-compliant (or, in a pair of one NSN or design, incomplete), two items usable together cannot replace each other, two interchangeable items state differently what a rule reads, which no item loaded tells apart, or a third item passes one of two interchangeable items, or of two of one NSN or design, only within the precision its figure is quoted to (the same answer as a plain pass)"</li>
            </ul>
        </details>
    }
}

/// Which item a pair's `a_value` and `b_value` belong to, for headings of the reasons table.
pub struct Sides {
    pub a: String,
    pub b: String,
}

/// A pair's reasons: rule, both values, verdict, message, source and confidence (W, R and D
/// marked with a warning sign).
#[component]
pub fn ReasonsTable(pair: Pair, caption: String) -> impl IntoView {
    let sides = Sides {
        a: pair.a.clone(),
        b: pair.b.clone(),
    };
    if pair.reasons.is_empty() {
        return view! { <p>"No reason recorded."</p> }.into_any();
    }
    view! {
        <div class="table-scroll" tabindex="0" role="group" aria-label="Reasons (scrolls sideways when wider than the page)">
        <table class="reasons">
            <caption>{caption}</caption>
            <thead>
                <tr>
                    <th scope="col">"Verdict"</th>
                    <th scope="col">"Rule"</th>
                    <th scope="col">"Value of " <span class="item-id">{sides.a.clone()}</span></th>
                    <th scope="col">"Value of " <span class="item-id">{sides.b.clone()}</span></th>
                    <th scope="col">"Source"</th>
                    <th scope="col">"Confidence"</th>
                </tr>
            </thead>
            <tbody>
                {pair.reasons.into_iter().map(|r| reason_row(r, &sides)).collect_view()}
            </tbody>
        </table>
        </div>
    }
    .into_any()
}

/// A pair's reasons as a printout lists them under the pair (paper holds no table of six
/// columns per pair): each its verdict, rule, message, source and confidence, on one line.
#[component]
pub fn PrintedReasons(pair: Pair) -> impl IntoView {
    view! {
        <ul class="printed-reasons">
            {pair.reasons.into_iter().map(|r| {
                let recommended = (r.severity == crate::catalogue::Severity::Recommended).then_some(" (recommended)");
                view! {
                    <li>
                        <span class=verdict_class(r.verdict)>{verdict_word(r.verdict)}</span> " · "
                        <code>{r.rule.to_string()}</code> {recommended} ": " {crate::ui::coded(&r.message)}
                        " — " {r.source.to_string()} " " <ConfidenceBadge confidence=r.confidence />
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

fn reason_row(reason: Reason, sides: &Sides) -> impl IntoView {
    let r = reason;
    let severity = r.severity.name();
    // a side undecided for want of its value says so; a reason that judged no single value
    // (the pair's interfaces, its shared design: neither side has one) shows none
    let unstated =
        if r.verdict == RuleVerdict::Unknown && (r.a_value.is_some() || r.b_value.is_some()) {
            "not stated"
        } else {
            "—"
        };
    view! {
        <tr class=row_class(r.verdict)>
            <td class=verdict_class(r.verdict)>
                <span aria-hidden="true">{verdict_symbol(r.verdict)} " "</span>{verdict_word(r.verdict)}
            </td>
            <td class="requirement">
                <code>{r.rule.clone()}</code> " · " {severity}
                <br /><span class="statement">{r.title.clone()}</span>
                <br /><span class="message">{r.message.clone()}</span>
            </td>
            // (labelled for a narrow window, where each reason is a block of labelled lines)
            <td class="value" data-label=format!("Value of {}", sides.a)>{r.a_value.clone().unwrap_or_else(|| unstated.into())}</td>
            <td class="value" data-label=format!("Value of {}", sides.b)>{r.b_value.clone().unwrap_or_else(|| unstated.into())}</td>
            <td class="source" data-label="Source">{r.source.clone()}</td>
            <td class="confidence" data-label="Confidence"><ConfidenceBadge confidence=r.confidence /></td>
        </tr>
    }
}
