/**
 * What the production topology's script (./cluster, docs/deployment.md) needs beside the
 * gateway jar: a standalone Artemis instance carrying the gateway's address settings.
 */
package uk.gov.justice.ppg.tools.cluster;
