package org.civilrights.workflow.process;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.CompositeDbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps personal identities and confidential facts out of the engine's history. A filing form
 * submits the complainant's name and address and the statement of facts; the first step moves them
 * into the case tables (the true name of a pseudonym complaint into its own table, 46a-54-37a(b)) and
 * removes the variables in the same transaction, so they never reach the runtime tables. This plugin
 * makes sure they never reach the history tables either, where Cockpit would show them to every
 * manager. (The case title shows the complainant's name, or the pseudonym of a confidential complaint.)
 */
@Component
public class ConfidentialVariables extends AbstractProcessEnginePlugin {

    /**
     * Filing fields that carry a person's identity or what makes a complaint confidential (the facts
     * may contain HIV-related information, 46a-54-37a); they live only in the case tables.
     */
    public static final Set<String> NAMES = Set.of("complainantName", "complainantAddress", "complainantPhone",
            "representativeAddress",
            "confidentialGround", "statementOfFacts",
            // a party's new address or representative, told under 46a-54-19a(c), (d): the case record keeps it
            "newAddress", "newRepresentative");

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        HistoryEventHandler database = configuration.getHistoryEventHandler() != null
                ? configuration.getHistoryEventHandler()
                : new CompositeDbHistoryEventHandler(configuration.getCustomHistoryEventHandlers());
        configuration.setHistoryEventHandler(new Filter(database));
    }

    static boolean isConfidential(HistoryEvent event) {
        if (event instanceof HistoricVariableUpdateEventEntity update) {
            return NAMES.contains(update.getVariableName());
        }
        if (event instanceof HistoricFormPropertyEventEntity form) {
            return NAMES.contains(form.getPropertyId());
        }
        return false;
    }

    record Filter(HistoryEventHandler next) implements HistoryEventHandler {
        @Override
        public void handleEvent(HistoryEvent event) {
            if (!isConfidential(event)) {
                next.handleEvent(event);
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }
    }
}
