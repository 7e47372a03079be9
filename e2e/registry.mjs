// The widget registry as the Rust model states it (`model::widget::registry::manifest`),
// written to e2e/widgets.json and kept current by `cargo test --test registry`. The
// suites that cover every widget iterate over this list instead of naming widgets.
import { readFileSync } from 'node:fs';

/** `[{ code, sample, headline, questionnaire }]`: the `w=` code, a pre-filled share
 *  query (without `w` and `lang`), the `<output data-result>` names of the headline,
 *  and whether it is a question bank's questionnaire (its links carry `v` and `a`). */
export const WIDGETS = JSON.parse(readFileSync(new URL('./widgets.json', import.meta.url), 'utf8')).widgets;

