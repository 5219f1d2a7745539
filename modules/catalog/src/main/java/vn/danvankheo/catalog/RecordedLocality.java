package vn.danvankheo.catalog;

import vn.danvankheo.places.AdminUnit;

/** The commune and province a model is registered in, named as on that day, and whether its point agrees. */
record RecordedLocality(AdminUnit commune, AdminUnit province, boolean agrees, String note) {}
