//! The order in which criterion cards are shown.

use crate::l10n::{msg, Msg};
use crate::small_sort::{sort_by, sort_by_key};
use crate::verdict::Verdict;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CardOrder {
    /// As the dataset lists them.
    Dataset,
    /// Highest weight first.
    Importance,
    /// Largest share of the margin first.
    Impact,
}

impl CardOrder {
    pub const ALL: [CardOrder; 3] = [CardOrder::Dataset, CardOrder::Importance, CardOrder::Impact];

    pub fn id(self) -> &'static str {
        match self {
            CardOrder::Dataset => "default",
            CardOrder::Importance => "importance",
            CardOrder::Impact => "impact",
        }
    }

    /// The message id of its name in the order menu.
    pub fn label(self) -> Msg {
        match self {
            CardOrder::Dataset => msg::SORT_DEFAULT,
            CardOrder::Importance => msg::SORT_IMPORTANCE,
            CardOrder::Impact => msg::SORT_IMPACT,
        }
    }

    pub fn from_id(id: &str) -> Option<CardOrder> {
        CardOrder::ALL.into_iter().find(|o| o.id() == id)
    }

    /// Criterion indices in display order; ties keep the dataset's order.
    pub fn arrange(self, levels: &[u8], verdict: &Verdict) -> Vec<usize> {
        let mut order: Vec<usize> = (0..levels.len()).collect();
        match (self, verdict) {
            (CardOrder::Importance, _) => {
                sort_by_key(&mut order, |&c| std::cmp::Reverse(levels[c]))
            }
            (CardOrder::Impact, Verdict::Ranked(r)) => {
                let impact = |c: usize| r.contributions.get(c).map_or(0.0, |x| x.value.abs());
                sort_by(&mut order, |&a, &b| impact(a) > impact(b));
            }
            _ => {}
        }
        order
    }
}

/// The `count` criteria that move the verdict most (the largest shares of
/// the margin, then the heaviest weights), in the dataset's order: what a
/// short widget shows first, the rest one button away.
pub fn most_moving(levels: &[u8], verdict: &Verdict, count: usize) -> Vec<usize> {
    let mut order = CardOrder::Importance.arrange(levels, verdict);
    if let Verdict::Ranked(r) = verdict {
        let impact = |c: usize| r.contributions.get(c).map_or(0.0, |x| x.value.abs());
        // Stable: equal shares keep the heavier weight first.
        sort_by(&mut order, |&a, &b| impact(a) > impact(b));
    }
    order.truncate(count);
    sort_by_key(&mut order, |&c| c);
    order
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{evaluate, ScoreMatrix, Weights};

    #[test]
    fn the_criteria_that_move_the_verdict_most_come_in_dataset_order() {
        // Criterion 1 is the widest gap, 3 the next; 0 and 2 are ties.
        let m = ScoreMatrix::exact(2, 4, vec![5.0, 5.0, 9.0, 1.0, 5.0, 5.0, 6.0, 2.0]).unwrap();
        let levels = [5, 5, 5, 5];
        let v = evaluate(&m, &Weights::from_levels(&levels));
        assert_eq!(most_moving(&levels, &v, 2), [1, 3]);
        // No shares at all (no weights): the heaviest, which are all equal.
        let none = evaluate(&m, &Weights::from_levels(&[0, 0, 0, 0]));
        assert_eq!(most_moving(&[0, 0, 0, 0], &none, 3), [0, 1, 2]);
        assert_eq!(most_moving(&levels, &v, 9), [0, 1, 2, 3]);
    }

    #[test]
    fn importance_puts_heavy_weights_first_and_keeps_ties_stable() {
        let levels = [3, 9, 3, 10];
        let m = ScoreMatrix::exact(2, 4, vec![1.0; 8]).unwrap();
        let v = evaluate(&m, &Weights::from_levels(&levels));
        assert_eq!(CardOrder::Importance.arrange(&levels, &v), [3, 1, 0, 2]);
        assert_eq!(CardOrder::Dataset.arrange(&levels, &v), [0, 1, 2, 3]);
    }

    #[test]
    fn impact_sorts_by_the_size_of_the_contribution_either_way() {
        // Differences: +1, -8, +3 at equal weight.
        let m = ScoreMatrix::exact(2, 3, vec![5.0, 4.0, 1.0, 9.0, 6.0, 3.0]).unwrap();
        let levels = [5, 5, 5];
        let v = evaluate(&m, &Weights::from_levels(&levels));
        assert_eq!(CardOrder::Impact.arrange(&levels, &v), [1, 2, 0]);
    }

    #[test]
    fn ids_round_trip() {
        for o in CardOrder::ALL {
            assert_eq!(CardOrder::from_id(o.id()), Some(o));
        }
        assert_eq!(CardOrder::from_id("bogus"), None);
    }
}
