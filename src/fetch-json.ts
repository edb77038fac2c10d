// A JSON file shipped with the site, with errors that name the file and the reason.

export async function fetchJson(url: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new Error(`${url}: could not be fetched (${(error as Error).message})`);
  }
  if (!response.ok) throw new Error(`${url}: the server answered ${response.status} ${response.statusText}`);
  try {
    return await response.json();
  } catch {
    throw new Error(`${url}: is not valid JSON`);
  }
}
