package org.kring.search.control;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.apache.hc.core5.util.Timeout;
import org.kring.platform.config.KringConfig;

/**
 * Holds the one Elasticsearch client of this Kring instance. (The client's classes have final
 * methods, so CDI cannot proxy it: it is handed out by {@link #client()} instead of produced.)
 */
@ApplicationScoped
public class SearchClient {

    @Inject
    KringConfig config;

    private Rest5Client http;
    private ElasticsearchClient client;
    private ElasticsearchAsyncClient asyncClient;

    @PostConstruct
    void connect() {
        URI[] nodes = Arrays.stream(config.elasticsearchUrl().split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).map(URI::create).toArray(URI[]::new);
        http = Rest5Client.builder(nodes)
                .setRequestConfigCallback(r -> r
                        .setConnectionRequestTimeout(Timeout.of(2, TimeUnit.SECONDS))
                        .setConnectTimeout(Timeout.of(2, TimeUnit.SECONDS))
                        .setResponseTimeout(Timeout.of(30, TimeUnit.SECONDS)))
                .build();
        client = new ElasticsearchClient(new Rest5ClientTransport(http, new JacksonJsonpMapper()));
        asyncClient = new ElasticsearchAsyncClient(client._transport());
    }

    public ElasticsearchClient client() {
        return client;
    }

    /** The same connection, for requests whose answer is awaited later (the reindex keeps one bulk in flight). */
    public ElasticsearchAsyncClient asyncClient() {
        return asyncClient;
    }

    /** The name of an index or alias, with this installation's prefix. */
    public String name(String base) {
        return config.indexPrefix() + base;
    }

    @PreDestroy
    void close() {
        try {
            http.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
