/**
 * The yardstick for acknowledgement: a bare fastify route that parses a JSON body and answers 202,
 * with no database, screening or plugins. Run in its own process (as the service is); prints its
 * port on the first line of stdout.
 */
import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';

const app = Fastify();
let n = 0;
app.post('/ack', async (_req, reply) => reply.code(202).send({ id: String(++n) }));
await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`${(app.server.address() as AddressInfo).port}\n`);
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
