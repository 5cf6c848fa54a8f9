package org.civilrights.workflow;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Title 46a procedures of Connecticut's civil-rights agencies, executed by an embedded Camunda 7
 * engine. Diagrams and forms come from the top-level {@code processes/} and {@code forms/} folders
 * (see {@code META-INF/processes.xml}).
 */
@SpringBootApplication
@EnableProcessApplication("civil-rights-workflow")
public class Application {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
