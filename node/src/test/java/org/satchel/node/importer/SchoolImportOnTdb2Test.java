package org.satchel.node.importer;

import org.satchel.node.store.StoreBackend;

class SchoolImportOnTdb2Test extends SchoolImportContract {
    @Override
    StoreBackend backend() {
        return StoreBackend.TDB2;
    }
}
