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

    /**
     * Whether an instance of {@code processKey} runs with {@code variable} equal to {@code value}. (Not by
     * business key prefix: "University of Connecticut" is a prefix of "University of Connecticut Health
     * Center".)
     */
    public static boolean anyWith(RuntimeService runtime, String processKey, String variable, Object value) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(processKey)
                .variableValueEquals(variable, value).count() > 0;
    }
}
