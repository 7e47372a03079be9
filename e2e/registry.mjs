// The widget registry as the Rust model states it (`model::widget::registry::manifest`),
// written to e2e/widgets.json and kept current by `cargo test --test registry`. The
// suites that cover every widget iterate over this list instead of naming widgets.
import { readFileSync } from 'node:fs';

/** `[{ code, sample, headline, questionnaire, reserve }]`: the `w=` code, a pre-filled share
 *  query (without `w` and `lang`), the `<output data-result>` names of the headline,
 *  whether it is a question bank's questionnaire (its links carry `v` and `a`), and the
 *  height in px its snippets reserve on a host page (`WidgetInfo::reserve_px`). */
export const WIDGETS = JSON.parse(readFileSync(new URL('./widgets.json', import.meta.url), 'utf8')).widgets;


/** A host page's body with ten widgets: every kind in the script form (questionnaires
 *  in the list layout), then two more flywheels and a breach calculator as custom
 *  elements (one in Chinese with its own storage key), and a second maturity div in
 *  Chinese. Shared by the ten-widget end-to-end test and the benchmark. */
export const TEN_WIDGETS_BODY = [
  ...['maturity', 'breach-cost', 'spectrum', 'flywheel', 'decision-weights', 'renewal-risk']
    .map((k) => `<div data-secworth="${k}" data-lang="en" data-layout="list"></div>`),
  '<secworth-widget widget="flywheel" lang="en"></secworth-widget>',
  '<secworth-widget widget="flywheel" lang="zh" storage-key="pricing"></secworth-widget>',
  '<secworth-widget widget="breach-cost" lang="en"></secworth-widget>',
  '<div data-secworth="maturity" data-lang="zh" data-layout="list"></div>',
].join('\n');
