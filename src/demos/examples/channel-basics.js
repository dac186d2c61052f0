// Two ports of one channel talk to each other; this window also messages itself.
const { port1, port2 } = new MessageChannel();

port2.onmessage = (event) => {
  console.log('port2 received', event.data, '- origin:', JSON.stringify(event.origin));
  port2.postMessage({ reply: event.data.text.toUpperCase() });
};
port1.onmessage = (event) => console.log('port1 received', event.data);

port1.postMessage({ text: 'hello' });

addEventListener('message', (event) => {
  // This sandbox has an opaque origin, so its own messages arrive from "null".
  console.log('window received', event.data, 'from', JSON.stringify(event.origin));
});
postMessage('a message to myself', '*');
