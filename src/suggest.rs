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

/// Levenshtein distance over characters, or `None` once it must exceed `limit` (every entry of a
/// row above it: the rows never go down).
fn distance_within(a: &[char], b: &str, limit: usize) -> Option<usize> {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, &ca) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let substitution = diagonal + usize::from(ca != cb);
            diagonal = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(diagonal + 1);
        }
        if row.iter().all(|&d| d > limit) {
            return None;
        }
    }
    Some(row[b.len()]).filter(|&d| d <= limit)
}

/// Levenshtein distance over characters.
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
