package org.satchel.node.web;

import org.satchel.node.store.StoreBackend;

class NodeHttpOnFusekiTest extends NodeHttpContract {
    @Override
    StoreBackend backend() {
        return StoreBackend.FUSEKI;
    }
}
