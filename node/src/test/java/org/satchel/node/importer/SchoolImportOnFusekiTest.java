package org.satchel.node.importer;

import org.satchel.node.store.StoreBackend;

class SchoolImportOnFusekiTest extends SchoolImportContract {
    @Override
    StoreBackend backend() {
        return StoreBackend.FUSEKI;
    }
}
