package org.civilrights.workflow.process;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;

/** Starts an instance that watches a date, once: a second start for the same business key is skipped. */
public final class Watches {

    private Watches() {
    }

    public static void startOnce(RuntimeService runtime, String processKey, String businessKey, Map<String, Object> variables) {
        if (runtime.createProcessInstanceQuery().processDefinitionKey(processKey).processInstanceBusinessKey(businessKey)
                .count() == 0) {
            runtime.startProcessInstanceByKey(processKey, businessKey, variables);
        }
    }

    /** Whether any instance of {@code processKey} has a business key starting with {@code prefix}. */
    public static boolean anyStartingWith(RuntimeService runtime, String processKey, String prefix) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKeyLike(prefix + "%").count() > 0;
    }
}
