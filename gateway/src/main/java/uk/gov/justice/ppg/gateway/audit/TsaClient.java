package uk.gov.justice.ppg.gateway.audit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.bouncycastle.tsp.TimeStampRequest;

import uk.gov.justice.ppg.audit.Checkpoint;
import uk.gov.justice.ppg.audit.TimestampTokens;

/** Asks a configured RFC 3161 time-stamping authority to time-stamp a checkpoint. */
class TsaClient {

    private final URI url;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    TsaClient(URI url) {
        this.url = url;
    }

    /** The base64 token, checked against the request it answers. */
    public String stamp(Checkpoint checkpoint) throws IOException, InterruptedException {
        TimeStampRequest request = TimestampTokens.request(checkpoint);
        HttpResponse<byte[]> response = this.http.send(HttpRequest.newBuilder(this.url)
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/timestamp-query")
            .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded()))
            .build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("TSA answered HTTP " + response.statusCode());
        }
        return TimestampTokens.accept(request, response.body());
    }

}
