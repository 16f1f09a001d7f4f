/**
 * The neighbourhood graph (Cytoscape, loaded with this module only when an entity view asks
 * for it). Depth 1 or 2; clicking a node expands it (its depth-1 neighbourhood is merged in);
 * clicking an edge shows the fact and its citations. The same actions are offered by two
 * selects for keyboard users. Nodes are placed in rings by distance from the centre (the
 * concentric layout runs in linear time, so a hub's depth-2 graph draws without freezing).
 */
import cytoscape, { type Core } from 'cytoscape';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, request } from '../api/client.ts';
import { Citations } from '../components/citations.tsx';
import { EntityLink } from '../components/entity-link.tsx';
import { ErrorMessage } from '../components/status.tsx';
import { NeighborhoodDocument, type FactWithSourcesFragment } from '../generated/graphql.ts';
import { KINDS, relationshipLabel } from '../kinds.ts';
import { href } from '../routes.ts';
import { newElements, type EdgeData, type NodeData } from './graph-elements.ts';
import { GRAPH_STYLE } from './graph-style.ts';

const LIMIT = 100;

type Selection = { kind: 'node'; node: NodeData } | { kind: 'edge'; fact: FactWithSourcesFragment } | null;

export default function GraphPanel({ id }: { id: string }) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const [depth, setDepth] = useState(1);
  const [status, setStatus] = useState<'loading' | 'ready' | ApiError>('loading');
  const [truncated, setTruncated] = useState(false);
  const [selection, setSelection] = useState<Selection>(null);
  const [version, setVersion] = useState(0);

  const levels = () => new Map((cy.current?.nodes().map((n) => [n.id(), n.data('level') as number]) ?? []) as [string, number][]);

  const merge = (nodes: NodeData[], edges: EdgeData[]) => {
    const graph = cy.current!;
    graph.batch(() => {
      graph.add(nodes.map((data) => ({ group: 'nodes' as const, data })));
      graph.add(edges.filter((e) => graph.getElementById(e.id).empty()).map((data) => ({ group: 'edges' as const, data })));
    });
    graph.layout({ name: 'concentric', concentric: (n) => -n.data('level'), levelWidth: () => 1, animate: false, minNodeSpacing: 45 }).run();
    setVersion((v) => v + 1);
  };

  const expand = async (nodeId: string) => {
    try {
      const { neighborhood } = await request(NeighborhoodDocument, { id: nodeId, depth: 1, limit: LIMIT });
      if (!neighborhood || !cy.current) return;
      const { nodes, edges } = newElements(neighborhood, levels());
      merge(nodes, edges);
    } catch (err) {
      setStatus(err instanceof ApiError ? err : new ApiError('The graph could not be expanded.', 'CLIENT'));
    }
  };

  useEffect(() => {
    const graph = cytoscape({ container: container.current, style: GRAPH_STYLE, wheelSensitivity: 0.3, minZoom: 0.2, maxZoom: 3 });
    cy.current = graph;
    graph.on('tap', 'node', (event) => {
      const data = event.target.data() as NodeData;
      setSelection({ kind: 'node', node: data });
      void expand(data.id);
    });
    graph.on('tap', 'edge', (event) => setSelection({ kind: 'edge', fact: (event.target.data() as EdgeData).fact }));
    return () => {
      graph.destroy();
      cy.current = null;
    };
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    setStatus('loading');
    setSelection(null);
    request(NeighborhoodDocument, { id, depth, limit: LIMIT }, controller.signal).then(
      ({ neighborhood }) => {
        const graph = cy.current;
        if (!graph || !neighborhood) return;
        graph.elements().remove();
        const { nodes, edges } = newElements(neighborhood, new Map());
        merge(nodes, edges);
        graph.getElementById(id).addClass('centre');
        setTruncated(neighborhood.truncated);
        setStatus('ready');
      },
      (err: unknown) => {
        if (!controller.signal.aborted) setStatus(err instanceof ApiError ? err : new ApiError('The graph could not be drawn.', 'CLIENT'));
      },
    );
    return () => controller.abort();
  }, [id, depth]);

  const nodes = cy.current?.nodes().map((n) => n.data() as NodeData) ?? [];
  const edges = cy.current?.edges().map((e) => e.data() as EdgeData) ?? [];
  return (
    <section class="graph-panel" aria-labelledby="graph-heading" data-version={version}>
      <h2 id="graph-heading">Neighbourhood graph</h2>
      <div class="graph-controls">
        <label>
          Depth{' '}
          <select value={depth} onChange={(e) => setDepth(Number(e.currentTarget.value))}>
            <option value={1}>1 step</option>
            <option value={2}>2 steps</option>
          </select>
        </label>
        <label>
          Expand a node{' '}
          <select value="" onChange={(e) => e.currentTarget.value && void expand(e.currentTarget.value)}>
            <option value="">choose…</option>
            {nodes.map((n) => (
              <option key={n.id} value={n.id}>{n.label}</option>
            ))}
          </select>
        </label>
        <label>
          Show a fact{' '}
          <select value="" onChange={(e) => {
            const edge = edges.find((x) => x.id === e.currentTarget.value);
            if (edge) setSelection({ kind: 'edge', fact: edge.fact });
          }}>
            <option value="">choose…</option>
            {edges.map((x) => (
              <option key={x.id} value={x.id}>{`${x.fact.subject.displayName} ${x.label} ${x.fact.object.displayName}`}</option>
            ))}
          </select>
        </label>
      </div>
      {status instanceof ApiError ? <ErrorMessage error={status} /> : null}
      <p class="graph-summary" role="status">
        {status === 'loading' ? 'Drawing the graph…' : `${nodes.length} nodes, ${edges.length} facts${truncated ? ' (more are within reach: the nearest are shown)' : ''}. Click a node to expand it, an edge to see its sources.`}
      </p>
      <div class="graph-area">
        <div ref={container} class="graph-canvas" role="img" aria-label={`Graph of the neighbourhood of ${id}`} data-nodes={nodes.length} data-edges={edges.length} />
        <Legend />
      </div>
      <Details selection={selection} />
    </section>
  );
}

function Legend() {
  return (
    <ul class="legend" aria-label="Legend: colours by kind">
      {Object.entries(KINDS)
        .filter(([name]) => name !== 'Citation' && name !== 'Claim')
        .map(([name, k]) => (
          <li key={name}>
            <span class="swatch" style={{ background: k.colour }} aria-hidden="true" /> {k.label}
          </li>
        ))}
    </ul>
  );
}

function Details({ selection }: { selection: Selection }) {
  if (!selection) return null;
  if (selection.kind === 'node') {
    return (
      <div class="graph-details" aria-live="polite">
        <p>
          <strong>{selection.node.label}</strong> ({selection.node.kind}): expanded. <a href={href.entity(selection.node.id)}>Open its view</a>
        </p>
      </div>
    );
  }
  const { fact } = selection;
  return (
    <div class="graph-details fact-details" aria-live="polite">
      <p>
        <EntityLink node={fact.subject} /> <span class="relationship">{relationshipLabel(fact.relationship)}</span> <EntityLink node={fact.object} />
      </p>
      <p>
        <Citations citations={fact.citations} />
      </p>
    </div>
  );
}
