//! Work taken in turns, one job per task: ten widgets on a host page would otherwise
//! render in one long task (yew's scheduler cannot yield between apps' pending first
//! renders), holding up the host page's own input for all of them at once.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use web_sys::Element;

/// A job: it may return the element whose `ready_event` marks its work done.
type Job = Box<dyn FnOnce() -> Option<Element>>;

/// How long the next job waits for a `ready_event` that does not come.
const FALLBACK_MS: u32 = 250;

thread_local! {
    static QUEUE: RefCell<VecDeque<Job>> = const { RefCell::new(VecDeque::new()) };
    static RUNNING: Cell<bool> = const { Cell::new(false) };
}

/// Runs `job` in a task of its own once the jobs queued before it are done: each next
/// job starts after the element the last one returned has dispatched `ready_event`
/// (a widget's first render, effects included, is then over), or after a fallback.
pub fn in_turn(ready_event: &'static str, job: impl FnOnce() -> Option<Element> + 'static) {
    QUEUE.with(|q| q.borrow_mut().push_back(Box::new(job)));
    if !RUNNING.replace(true) {
        Timeout::new(0, move || run_next(ready_event)).forget();
    }
}

fn run_next(ready_event: &'static str) {
    let Some(job) = QUEUE.with(|q| q.borrow_mut().pop_front()) else {
        RUNNING.set(false);
        return;
    };
    let Some(element) = job() else {
        Timeout::new(0, move || run_next(ready_event)).forget();
        return;
    };
    let started_next = Rc::new(Cell::new(false));
    let next = move || {
        if !started_next.replace(true) {
            Timeout::new(0, move || run_next(ready_event)).forget();
        }
    };
    let on_ready = next.clone();
    // `once` removes itself after the event; forgotten so it outlives this call.
    EventListener::once(&element, ready_event, move |_| on_ready()).forget();
    Timeout::new(FALLBACK_MS, next).forget();
}
