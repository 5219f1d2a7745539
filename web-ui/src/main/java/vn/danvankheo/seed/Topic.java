package vn.danvankheo.seed;

/** One kind of model, as people name and describe it, from which a generated model's texts are written. */
record Topic(String name, String summary, String story, String result, String tag) {}
