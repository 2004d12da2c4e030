package org.satchel.node.web;

import org.satchel.node.store.StoreBackend;

class NodeHttpOnTdb2Test extends NodeHttpContract {
    @Override
    StoreBackend backend() {
        return StoreBackend.TDB2;
    }
}
