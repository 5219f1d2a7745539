package vn.danvankheo.imports;

import java.util.Map;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.WritePolicy;
import vn.danvankheo.catalog.ModelCatalog;
import vn.danvankheo.catalog.NewModelCheck;
import vn.danvankheo.places.AdminUnits;
import vn.danvankheo.places.LocalityResolver;
import vn.danvankheo.places.coordinates.CoordinateReader;

/**
 * What every row of one file is checked with: the account importing it, the catalog and places, and what the rows
 * before have already shown (communes looked up, names seen, to find a model listed twice).
 *
 * @param namesInFile a compared name and commune code, to the row that had it first
 */
record RowRules(
        Account account,
        WritePolicy policy,
        ModelCatalog catalog,
        NewModelCheck modelCheck,
        AdminUnits units,
        LocalityResolver localities,
        CoordinateReader coordinates,
        CommuneNames communes,
        int latestYear,
        Map<String, Integer> namesInFile) {}
