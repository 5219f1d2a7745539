package vn.danvankheo.architecture.reach.beta;

import vn.danvankheo.architecture.reach.alpha.Door;
import vn.danvankheo.architecture.reach.alpha.inner.Internal;

/** Uses the fixture capability's API, which is allowed, and its internals, which the rule must report. */
public class Intruder {
    public String byTheDoor() {
        return new Door().open();
    }

    public String aroundIt() {
        return new Internal().state();
    }
}
