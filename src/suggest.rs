//! "Did you mean": the closest known name to a misspelt one, by edit distance.
//! Used for unknown units, properties, kinds, standards and trigraphs.

/// The candidate closest to `word` (ignoring case), if it is close enough to be a likely typo.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let word: Vec<char> = word.to_lowercase().chars().collect();
    let limit = (word.len() / 3).max(1);
    candidates
        .into_iter()
        // a distance is at least the difference in length: most candidates end here, so a
        // file of thousands of unknown names is not a quadratic wait
        .filter(|c| c.chars().count().abs_diff(word.len()) <= limit)
        .filter_map(|c| {
            let d = distance_within(&word, &c.to_lowercase(), limit)?;
            Some((d, c))
        })
        .min_by_key(|&(d, _)| d)
        .map(|(_, c)| c)
}

/// ", did you mean `x`?" or nothing: for error messages.
pub fn did_you_mean(suggestion: &Option<String>) -> String {
    match suggestion {
        Some(s) => format!(", did you mean `{s}`?"),
        None => String::new(),
    }
}

/// Edit distance over characters, counting two swapped neighbours as one edit (the optimal
/// string alignment distance: "lenght" is one from "length"), or `None` once it must exceed
/// `limit` (every entry of the last two rows above it: later rows cannot go below both).
fn distance_within(a: &[char], b: &str, limit: usize) -> Option<usize> {
    let b: Vec<char> = b.chars().collect();
    let mut before: Vec<usize> = Vec::new();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, &ca) in a.iter().enumerate() {
        let mut row = vec![i + 1; b.len() + 1];
        for (j, &cb) in b.iter().enumerate() {
            let mut d = (previous[j] + usize::from(ca != cb))
                .min(previous[j + 1] + 1)
                .min(row[j] + 1);
            if i > 0 && j > 0 && ca == b[j - 1] && a[i - 1] == cb {
                d = d.min(before[j - 1] + 1);
            }
            row[j + 1] = d;
        }
        if row.iter().chain(&previous).all(|&d| d > limit) {
            return None;
        }
        before = std::mem::replace(&mut previous, row);
    }
    Some(previous[b.len()]).filter(|&d| d <= limit)
}

/// `1 item`, `11 items`: a count with its noun (one of the regular nouns this is used for).
pub fn counted(n: usize, noun: &str) -> String {
    format!("{n} {noun}{}", if n == 1 { "" } else { "s" })
}

/// `a vehicle`, `an accessory`: a word with its indefinite article (by its first letter, which
/// serves the item kinds and property names this is used for).
pub fn a_or_an(word: &str) -> String {
    let vowel = word
        .chars()
        .next()
        .is_some_and(|c| matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u'));
    format!("{} {word}", if vowel { "an" } else { "a" })
}

/// Edit distance over characters (swapped neighbours count once).
#[cfg(test)]
fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    distance_within(&a, b, usize::MAX - 1).unwrap_or(usize::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_typos_not_strangers() {
        assert_eq!(closest("calibre", ["caliber", "mass"]), Some("caliber"));
        assert_eq!(
            closest("overal_length", ["overall_length", "case_length"]),
            Some("overall_length")
        );
        assert_eq!(closest("zzz", ["overall_length"]), None);
        // a swap of two letters is one edit: not a tie with a word two letters away
        assert_eq!(distance("lenght", "length"), 1);
        assert_eq!(distance("ab", "ba"), 1);
        assert_eq!(distance("abc", "ca"), 3);
        assert_eq!(
            closest("overall_lenght", ["overall_height", "overall_length"]),
            Some("overall_length")
        );
        assert_eq!(distance("kitten", "sitting"), 3);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("abc", ""), 3);
        let kitten: Vec<char> = "kitten".chars().collect();
        assert_eq!(distance_within(&kitten, "sitting", 3), Some(3));
        assert_eq!(distance_within(&kitten, "sitting", 2), None);
        assert_eq!(distance_within(&kitten, "kitten", 0), Some(0));
        // ignoring case, and within a third of the word's length
        assert_eq!(closest("MASS", ["mass", "case_mass"]), Some("mass"));
        assert_eq!(
            closest("projectile_mas", ["projectile_mass"]),
            Some("projectile_mass")
        );
        assert_eq!(closest("ab", ["abcd"]), None);
    }
}
