package org.satchel.node.issuance.types;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementTriplesBlock;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * The terms a declared query touches: the predicates of its triple patterns and every IRI it names
 * anywhere (objects, VALUES, expressions, sub-queries, EXISTS), so that loading can check them
 * against what the type declares it reads. Property paths, variable predicates and SERVICE are
 * refused: a declaration names each property it reads.
 */
final class QueryTerms {
    final Set<Node> predicates = new LinkedHashSet<>();
    final Set<Node> iris = new LinkedHashSet<>();
    final List<String> refusals = new ArrayList<>();

    private QueryTerms() {
    }

    static QueryTerms of(Query query) {
        QueryTerms terms = new QueryTerms();
        terms.walk(query);
        return terms;
    }

    private void walk(Query query) {
        if (query.getQueryPattern() != null) {
            walk(query.getQueryPattern());
        }
        query.getProject().getExprs().values().forEach(this::walk);
        if (query.getValuesData() != null) {
            query.getValuesData().forEach(binding -> binding.forEach((var, node) -> iri(node)));
        }
    }

    private void walk(Element element) {
        ElementWalker.walk(element, new ElementVisitorBase() {
            @Override
            public void visit(ElementPathBlock block) {
                for (TriplePath path : block.getPattern().getList()) {
                    if (path.isTriple()) {
                        triple(path.asTriple());
                    } else {
                        refusals.add("uses the property path " + path.getPath() + "; name each property it reads");
                    }
                }
            }

            @Override
            public void visit(ElementTriplesBlock block) {
                block.getPattern().forEach(QueryTerms.this::triple);
            }

            @Override
            public void visit(ElementFilter filter) {
                QueryTerms.this.walk(filter.getExpr());
            }

            @Override
            public void visit(ElementBind bind) {
                QueryTerms.this.walk(bind.getExpr());
            }

            @Override
            public void visit(ElementData data) {
                data.getRows().forEach(binding -> binding.forEach((var, node) -> iri(node)));
            }

            @Override
            public void visit(ElementSubQuery sub) {
                QueryTerms.this.walk(sub.getQuery());
            }

            @Override
            public void visit(ElementService service) {
                refusals.add("asks another SPARQL service (SERVICE); a credential reads only the learner's record");
            }
        });
    }

    private void walk(Expr expr) {
        if (expr instanceof NodeValue value) {
            iri(value.asNode());
        } else if (expr instanceof ExprFunctionOp op && op.getElement() != null) {
            walk(op.getElement());
            op.getArgs().forEach(this::walk);
        } else if (expr instanceof ExprFunction function) {
            function.getArgs().forEach(this::walk);
        } else if (expr instanceof ExprAggregator aggregator && aggregator.getAggregator().getExprList() != null) {
            aggregator.getAggregator().getExprList().forEach(this::walk);
        }
    }

    private void triple(Triple triple) {
        Node predicate = triple.getPredicate();
        if (predicate instanceof Var || !predicate.isURI()) {
            refusals.add("has a triple pattern whose property is not named (" + predicate + ")");
        } else {
            predicates.add(predicate);
        }
        iri(triple.getSubject());
        iri(predicate);
        iri(triple.getObject());
    }

    private void iri(Node node) {
        if (node != null && node.isURI()) {
            iris.add(node);
        }
    }
}
